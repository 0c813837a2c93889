import "server-only";

import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";

import { getStore } from "~/server/store";
import type { Store } from "~/server/store/types";
import { refreshOAuthTokens } from "./datagouv-oauth";
import { decodeCredential, encodeCredential, type OAuthCredential, type SessionCredential } from "./session-credential";
import { getVault, type Vault } from "./vault";

/** How long one refresh may take before another process tries again (the token endpoint's timeout, and some). */
const REFRESH_WINDOW_MS = 15_000;
/** How often a process that waits for another's refresh looks at the vault. */
const POLL_MS = 100;

/** What a credential keeper works with: the vault, the store where refreshes are counted, the token endpoint. */
interface KeeperDeps {
  vault: Vault;
  store: Store;
  refresh: (refreshToken: string) => Promise<OAuthCredential | "refused">;
}

/**
 * Gives a session's credential, renewed first when it is an OAuth2 token near its expiry; null when the session
 * has ended (signed out, timed out, or data.gouv.fr refused the refresh: the vault entry is then deleted).
 *
 * A refresh happens once per token, however many requests need it at the same moment: those of this process share
 * one promise, and across processes (several instances on one Redis) the first to count the token's refresh in the
 * store does it while the others wait for the vault to hold the new tokens. udata rotates the refresh token on use
 * (RefreshTokenGrant), so a second refresh with the same token would be refused and end the session.
 */
export function createCredentialKeeper({ vault, store, refresh }: KeeperDeps) {
  /** What the vault holds for the session; null when nothing (or nothing readable). */
  async function stored(sessionId: string): Promise<SessionCredential | null> {
    const text = await vault.get(sessionId);
    return text === null ? null : decodeCredential(text);
  }

  /** This process's refreshes under way, by session: the requests of one session that find it due share one. */
  const refreshing = new Map<string, Promise<SessionCredential | null>>();

  async function refreshOnce(sessionId: string, due: OAuthCredential): Promise<SessionCredential | null> {
    const turn = await store.increment(`oauth-refresh:${fingerprint(due.refreshToken)}`, REFRESH_WINDOW_MS);
    if (turn.count > 1) return waitForRefresh(sessionId, due);
    let renewed: OAuthCredential | "refused";
    try {
      renewed = await refresh(due.refreshToken);
    } catch (error) {
      // data.gouv.fr could not be asked: the current token serves while it lasts.
      if (Date.now() < due.expiresAt) return due;
      throw error;
    }
    if (renewed === "refused") {
      await vault.delete(sessionId);
      return null;
    }
    // false when the session ended meanwhile (signed out in another tab): it stays ended.
    return (await vault.replace(sessionId, encodeCredential(renewed))) ? renewed : null;
  }

  /** Another process is refreshing this token: its result appears in the vault. */
  async function waitForRefresh(sessionId: string, due: OAuthCredential): Promise<SessionCredential | null> {
    const deadline = Date.now() + REFRESH_WINDOW_MS;
    while (Date.now() < deadline) {
      await sleep(POLL_MS);
      const current = await stored(sessionId);
      if (current?.kind !== "oauth" || current.refreshToken !== due.refreshToken) return current;
    }
    if (Date.now() < due.expiresAt) return due;
    throw new Error("the session's OAuth2 refresh by another process did not finish");
  }

  return async function liveCredential(sessionId: string): Promise<SessionCredential | null> {
    const credential = await stored(sessionId);
    if (credential?.kind !== "oauth" || Date.now() < credential.refreshAt) return credential;
    let pending = refreshing.get(sessionId);
    if (!pending) {
      pending = refreshOnce(sessionId, credential).finally(() => refreshing.delete(sessionId));
      refreshing.set(sessionId, pending);
    }
    return pending;
  };
}

let keeper: ReturnType<typeof createCredentialKeeper> | undefined;

/** The session's live credential, for this process (see createCredentialKeeper). */
export function liveCredential(sessionId: string): Promise<SessionCredential | null> {
  keeper ??= createCredentialKeeper({ vault: getVault(), store: getStore(), refresh: refreshOAuthTokens });
  return keeper(sessionId);
}

/** The store never holds a token, only its hash. */
function fingerprint(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
