import "server-only";

import { getVault } from "~/server/auth/vault";
import {
  createApiToken,
  isUpstreamError,
  listApiTokens,
  regenerateApiKey,
  revokeApiToken,
  type ApiToken,
} from "~/server/datagouv";

/**
 * "Générer une nouvelle clé": the session's key is replaced, the vault follows, the old key stops. `oldKeyStopped`
 * is null when a retried request found the work done and cannot tell.
 */
export interface Rotation {
  apiKey: string;
  sessionContinues: boolean;
  oldKeyStopped: boolean | null;
}

const ROTATED_TOKEN_NAME = "Clé de connexion à Réutilisations data.gouv.fr";

/** The name of a token this site makes: it carries the request's id, so that a retry finds an earlier attempt's. */
export function rotatedTokenName(requestId: string): string {
  return `${ROTATED_TOKEN_NAME} (${requestId})`;
}

/** The token a key is, by its prefix (all udata shows of it): only when exactly one token matches. */
export function tokenOfKey(tokens: readonly ApiToken[], key: string): ApiToken | undefined {
  const matching = tokens.filter((token) => token.token_prefix !== "" && key.startsWith(token.token_prefix));
  return matching.length === 1 ? matching[0] : undefined;
}

/** A key that cannot be stored must not stop the answer: the new key is shown anyway, to sign in again with. */
async function switchVaultKey(sessionId: string, apiKey: string): Promise<boolean> {
  try {
    return await getVault().replace(sessionId, apiKey);
  } catch {
    return false;
  }
}

/** Revokes; "already revoked" (410) is revoked too. */
async function revoke(apiKey: string, tokenId: string): Promise<void> {
  try {
    await revokeApiToken(apiKey, tokenId);
  } catch (error) {
    if (!isUpstreamError(error) || error.status !== 410) throw error;
  }
}

/** udata 15: `POST /me/apikey/` replaces the key at once (a retry is refused: the key it sends is dead). */
export async function rotateApiKey(sessionId: string, apiKey: string): Promise<Rotation> {
  const newKey = await regenerateApiKey(apiKey);
  return { apiKey: newKey, sessionContinues: await switchVaultKey(sessionId, newKey), oldKeyStopped: true };
}

/**
 * udata ≥ 16: a new token, the vault switched to it, then the session's old token revoked. Once per `requestId`:
 * a retry (after a timeout) finds the session already on the token it made, and answers it again; or finds a
 * token an earlier attempt made but whose answer was lost (its plaintext with it), revokes it, and starts over.
 */
export async function rotateThroughTokens(sessionId: string, apiKey: string, requestId: string): Promise<Rotation> {
  const name = rotatedTokenName(requestId);
  const tokens = await listApiTokens(apiKey);
  const current = tokenOfKey(tokens, apiKey);
  if (current?.name === name) return { apiKey, sessionContinues: true, oldKeyStopped: null };
  for (const lost of tokens.filter((token) => token.name === name)) await revoke(apiKey, lost.id);
  const created = await createApiToken(apiKey, { name });
  const sessionContinues = await switchVaultKey(sessionId, created.token);
  const oldKeyStopped =
    current !== undefined &&
    (await revoke(created.token, current.id).then(
      () => true,
      () => false,
    ));
  return { apiKey: created.token, sessionContinues, oldKeyStopped };
}
