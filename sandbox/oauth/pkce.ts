import { createHash } from "node:crypto";
import { type OAuthCodeRecord } from "../model";
import { type AuthMethod } from "./client-auth";
import { invalidGrant, invalidRequest } from "./errors";
import { type OAuthRequest } from "./request";

/** PKCE as udata registers it: authlib/oauth2/rfc7636/challenge.py `CodeChallenge(required=True)`. */
const PATTERN = /^[a-zA-Z0-9\-._~]{43,128}$/;
const METHODS = ["plain", "S256"];

export function s256Challenge(verifier: string): string {
  return createHash("sha256").update(verifier, "ascii").digest("base64url");
}

/** `validate_code_challenge`, at the authorization endpoint: no challenge is fine (checked at the token). */
export function validateCodeChallenge(request: OAuthRequest): void {
  const challenge = request.value("code_challenge");
  const method = request.value("code_challenge_method");
  if (!challenge && !method) return;
  if (!challenge) throw invalidRequest("Missing 'code_challenge'");
  if (request.count("code_challenge") > 1) throw invalidRequest("Multiple 'code_challenge' in request.");
  if (!PATTERN.test(challenge)) throw invalidRequest("Invalid 'code_challenge'");
  if (method && !METHODS.includes(method)) throw invalidRequest("Unsupported 'code_challenge_method'");
  if (request.count("code_challenge_method") > 1) throw invalidRequest("Multiple 'code_challenge_method' in request.");
}

/** `validate_code_verifier`, at the token endpoint: a public client must send one; a challenge needs its match. */
export function validateCodeVerifier(code: OAuthCodeRecord, verifier: string | null, method: AuthMethod): void {
  if (method === "none" && !verifier) throw invalidRequest("Missing 'code_verifier'");
  const challenge = code.code_challenge;
  if (!challenge && !verifier) return;
  if (!verifier) throw invalidRequest("Missing 'code_verifier'");
  if (!PATTERN.test(verifier)) throw invalidRequest("Invalid 'code_verifier'");
  const expected = (code.code_challenge_method ?? "plain") === "S256" ? s256Challenge(verifier) : verifier;
  if (expected !== challenge) throw invalidGrant("Code challenge failed.");
}
