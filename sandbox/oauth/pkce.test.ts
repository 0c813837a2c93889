import { describe, expect, it } from "vitest";
import { type OAuthCodeRecord } from "../model";
import { s256Challenge, validateCodeVerifier } from "./pkce";

const VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"; // RFC 7636 appendix B
const code = (challenge: string | null, method: string | null): OAuthCodeRecord => ({
  code: "c",
  client: "5f1e0a0b0c0d0e0f10111213",
  user: "100000000000000000000001",
  redirect_uri: null,
  scope: "default",
  code_challenge: challenge,
  code_challenge_method: method,
  expires: "2030-01-01T00:00:00.000000+00:00",
});

describe("PKCE (authlib/oauth2/rfc7636/challenge.py)", () => {
  it("computes S256 as RFC 7636's example", () => {
    expect(s256Challenge(VERIFIER)).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  });

  it("accepts the matching verifier, plain being the default method", () => {
    expect(() =>
      validateCodeVerifier(code(s256Challenge(VERIFIER), "S256"), VERIFIER, "client_secret_basic"),
    ).not.toThrow();
    expect(() => validateCodeVerifier(code(VERIFIER, null), VERIFIER, "none")).not.toThrow();
    expect(() => validateCodeVerifier(code(null, null), null, "client_secret_basic")).not.toThrow();
  });

  it("refuses a verifier without a challenge, a malformed one and a mismatch", () => {
    expect(() => validateCodeVerifier(code(null, null), VERIFIER, "client_secret_basic")).toThrow(
      "Code challenge failed.",
    );
    expect(() => validateCodeVerifier(code(VERIFIER, "plain"), "short", "client_secret_basic")).toThrow(
      "Invalid 'code_verifier'",
    );
    expect(() => validateCodeVerifier(code(s256Challenge(VERIFIER), "S256"), `${VERIFIER}x`, "none")).toThrow(
      "Code challenge failed.",
    );
  });
});
