import "server-only";

import { z } from "zod";

import type { UpstreamCredential } from "~/server/datagouv";

/**
 * What the vault keeps for a session: the API key it was opened with, or the OAuth2 tokens data.gouv.fr gave it
 * (udata/api/oauth2.py: a Bearer access token, its expiry, and the refresh token that renews it). Either way it
 * lives only here, encrypted, and never in the session cookie.
 */
export type SessionCredential =
  | { kind: "apiKey"; apiKey: string }
  | {
      kind: "oauth";
      accessToken: string;
      refreshToken: string;
      /** When data.gouv.fr stops taking the access token (ms). */
      expiresAt: number;
      /** When the site renews it, a little before (ms): see `refreshTime`. */
      refreshAt: number;
    };

export type OAuthCredential = Extract<SessionCredential, { kind: "oauth" }>;

const oauthSchema = z.object({
  kind: z.literal("oauth"),
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  expiresAt: z.number().int().positive(),
  refreshAt: z.number().int().positive(),
});

/** Renewed a minute before the access token expires, or in its last quarter when it lives less than 4 minutes. */
const REFRESH_MARGIN_MS = 60_000;

/** When to renew a token that expires at `expiresAt`, given now. */
export function refreshTime(expiresAt: number, now = Date.now()): number {
  return Math.floor(expiresAt - Math.min(REFRESH_MARGIN_MS, Math.max(0, expiresAt - now) / 4));
}

/** The vault's text for a credential. An API key is stored as it is, as it was before OAuth sessions existed. */
export function encodeCredential(credential: SessionCredential): string {
  return credential.kind === "apiKey" ? credential.apiKey : JSON.stringify(credential);
}

/**
 * A credential from the vault's text: OAuth tokens as JSON, anything else an API key (no key starts with "{").
 * JSON that is not whole OAuth tokens is nothing (null: the session ends), never sent as a key.
 */
export function decodeCredential(stored: string): SessionCredential | null {
  if (!stored.startsWith("{")) return { kind: "apiKey", apiKey: stored };
  const parsed = oauthSchema.safeParse(parseJson(stored));
  return parsed.success ? parsed.data : null;
}

/** What the upstream client sends for this session. */
export function upstreamCredentialOf(credential: SessionCredential): UpstreamCredential {
  return credential.kind === "apiKey" ? credential.apiKey : { accessToken: credential.accessToken };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
