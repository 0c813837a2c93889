import "server-only";

import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";

import { env } from "../env";
import { getStore } from "../store";
import { type Store, ttlMilliseconds } from "../store/types";
import { StoreUnavailableError } from "../store/unavailable";

/**
 * The API-key vault: maps an opaque session id (the only thing the session cookie holds) to the user's
 * data.gouv.fr API key, encrypted at rest.
 *
 * - AES-256-GCM under a key derived from the auth secret with HKDF-SHA256 (fixed info string, no salt: the
 *   secret is already high-entropy, and every entry gets a random 12-byte IV, so no nonce is ever reused).
 * - The session id, the format version and the expiry are the additional authenticated data: a ciphertext moved
 *   to another session, or altered in any way, does not decrypt.
 * - The store key is a SHA-256 of the session id: the store never holds a usable session id.
 * - Stored value: `v1.<expiresAt ms>.<base64 of iv | tag | ciphertext>`. The expiry is kept so that `replace`
 *   (key regeneration) keeps the session's remaining lifetime instead of extending it.
 * A wrong secret, a tampered or moved entry all read as "no key" (null). Errors never carry the key or the
 * ciphertext; changing the secret signs everybody out.
 */
export interface Vault {
  put(sessionId: string, apiKey: string, ttlMs: number): Promise<void>;
  /** The key, or null when there is none, it expired, or the entry does not decrypt. */
  get(sessionId: string): Promise<string | null>;
  delete(sessionId: string): Promise<void>;
  /** Swaps the key of a live session, keeping its expiry; false (and nothing stored) when there is none. */
  replace(sessionId: string, newKey: string): Promise<boolean>;
}

const VERSION = "v1";
const HKDF_INFO = "reuses-portal api-key vault v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** 256 random bits, base64url: the opaque id a session cookie carries. */
export function newSessionId(): string {
  return randomBytes(32).toString("base64url");
}

export function createVault(store: Store, secret: string): Vault {
  if (secret.length < 16) throw new Error("the API-key vault needs a secret of at least 16 characters");
  const key = Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), HKDF_INFO, 32));

  const seal = (sessionId: string, apiKey: string, expiresAt: number) => {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(additionalData(sessionId, expiresAt));
    const ciphertext = Buffer.concat([cipher.update(apiKey, "utf8"), cipher.final()]);
    const payload = Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64");
    return `${VERSION}.${expiresAt}.${payload}`;
  };

  const open = (sessionId: string, stored: string) => {
    const [version, expiry, payload, ...rest] = stored.split(".");
    const expiresAt = Number(expiry);
    if (version !== VERSION || payload === undefined || rest.length > 0 || !Number.isSafeInteger(expiresAt)) {
      return null;
    }
    const bytes = Buffer.from(payload, "base64");
    if (bytes.length < IV_BYTES + TAG_BYTES) return null;
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
      decipher.setAAD(additionalData(sessionId, expiresAt));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const apiKey = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
      return { apiKey: apiKey.toString("utf8"), expiresAt };
    } catch {
      return null; // Wrong secret, or altered: the authentication tag does not match.
    }
  };

  return {
    async put(sessionId, apiKey, ttlMs) {
      const ttl = ttlMilliseconds(ttlMs);
      await guarded(store.set(entryKey(sessionId), seal(sessionId, apiKey, Date.now() + ttl), ttl));
    },
    async get(sessionId) {
      const stored = await guarded(store.get(entryKey(sessionId)));
      return stored === null ? null : (open(sessionId, stored)?.apiKey ?? null);
    },
    async delete(sessionId) {
      await guarded(store.delete(entryKey(sessionId)));
    },
    async replace(sessionId, newKey) {
      const stored = await guarded(store.get(entryKey(sessionId)));
      const current = stored === null ? null : open(sessionId, stored);
      const remainingMs = current ? current.expiresAt - Date.now() : 0;
      if (!current || remainingMs <= 0) return false;
      await guarded(store.set(entryKey(sessionId), seal(sessionId, newKey, current.expiresAt), remainingMs));
      return true;
    },
  };
}

let vault: Vault | undefined;

/** The vault of this process, over `getStore()` and the auth secret. */
export function getVault(): Vault {
  if (!vault) {
    if (!env.NEXTAUTH_SECRET) {
      throw new Error("NEXTAUTH_SECRET (or AUTH_SECRET) is not set: the API-key vault cannot encrypt keys");
    }
    vault = createVault(getStore(), env.NEXTAUTH_SECRET);
  }
  return vault;
}

function entryKey(sessionId: string): string {
  return `vault:${createHash("sha256").update(sessionId).digest("base64url")}`;
}

function additionalData(sessionId: string, expiresAt: number): Buffer {
  return Buffer.from(JSON.stringify([VERSION, sessionId, expiresAt]));
}

/**
 * Store errors can quote the command (the ciphertext with it): only their class goes on, without a cause. Any
 * failure of the store is the vault's unavailability (signed-in pages and tRPC answer 503).
 */
async function guarded<T>(operation: Promise<T>): Promise<T> {
  try {
    return await operation;
  } catch (error) {
    const kind = error instanceof Error ? error.name : typeof error;
    throw new StoreUnavailableError(`key vault: store unavailable (${kind})`);
  }
}
