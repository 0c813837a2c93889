import { describe, expect, it } from "vitest";
import { type OAuthTokenRecord } from "../model";
import { expiresAt, generateToken, isRefreshTokenValid } from "./records";

const CREATED = Date.parse("2026-01-01T00:00:00.000Z");
const token = (revoked = false): OAuthTokenRecord => ({
  id: "1",
  client: "c",
  user: "u",
  access_token: "a",
  refresh_token: "r",
  created_at: "2026-01-01T00:00:00.000000+00:00",
  expires_in: 3600,
  scope: "default",
  revoked,
});
const DAY = 24 * 3600 * 1000;

describe("OAuth2 token records (udata/api/oauth2.py OAuth2Token)", () => {
  it("expires `expires_in` seconds after its creation", () => {
    expect(expiresAt(token())).toBe(CREATED + 3600 * 1000);
  });

  it("keeps its refresh token valid 30 days past the access token's expiry (REFRESH_EXPIRATION), unless revoked", () => {
    const expiry = CREATED + 3600 * 1000;
    expect(isRefreshTokenValid(token(), expiry + 30 * DAY - 1)).toBe(true);
    expect(isRefreshTokenValid(token(), expiry + 30 * DAY)).toBe(false);
    expect(isRefreshTokenValid(token(true), CREATED)).toBe(false);
  });

  it("generates tokens of letters and digits, as authlib's generate_token", () => {
    expect(generateToken(42)).toMatch(/^[A-Za-z0-9]{42}$/);
  });
});
