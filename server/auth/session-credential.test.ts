import { describe, expect, it } from "vitest";

import {
  decodeCredential,
  encodeCredential,
  refreshTime,
  upstreamCredentialOf,
  type SessionCredential,
} from "./session-credential";

describe("session credentials in the vault", () => {
  const oauth: SessionCredential = {
    kind: "oauth",
    accessToken: "at",
    refreshToken: "rt",
    expiresAt: 1_700_000_000_000,
    refreshAt: 1_699_999_940_000,
  };

  it("keeps an API key as the vault held it before OAuth sessions, and reads it back", () => {
    expect(encodeCredential({ kind: "apiKey", apiKey: "sandbox-key-producer" })).toBe("sandbox-key-producer");
    expect(decodeCredential("sandbox-key-producer")).toEqual({ kind: "apiKey", apiKey: "sandbox-key-producer" });
  });

  it("round-trips OAuth tokens", () => {
    expect(decodeCredential(encodeCredential(oauth))).toEqual(oauth);
  });

  it("reads text that is not whole OAuth tokens as nothing, never as a key that would carry them", () => {
    expect(decodeCredential('{"kind":"oauth","accessToken":"at"}')).toBeNull();
    expect(decodeCredential(JSON.stringify({ ...oauth, refreshAt: 1.5 }))).toBeNull();
    expect(decodeCredential("{not json")).toBeNull();
  });

  it("sends an API key as a key and OAuth tokens as their access token only", () => {
    expect(upstreamCredentialOf({ kind: "apiKey", apiKey: "k" })).toBe("k");
    expect(upstreamCredentialOf(oauth)).toEqual({ accessToken: "at" });
  });

  it("renews a minute before expiry, or in the last quarter of a short-lived token", () => {
    const now = 1_000_000;
    expect(refreshTime(now + 30 * 86_400_000, now)).toBe(now + 30 * 86_400_000 - 60_000);
    expect(refreshTime(now + 20_000, now)).toBe(now + 15_000);
    expect(refreshTime(now - 5_000, now)).toBe(now - 5_000);
    // A whole number of milliseconds, as the vault's schema takes it.
    expect(Number.isInteger(refreshTime(now + 20_003, now))).toBe(true);
  });
});
