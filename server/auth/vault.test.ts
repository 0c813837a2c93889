import { setTimeout as sleep } from "node:timers/promises";

import { afterEach, describe, expect, it, vi } from "vitest";

import { storeBackends, useStoreBackend } from "../store/test-backends";
import type { Store } from "../store/types";
import { createVault, newSessionId } from "./vault";

const SECRET = "a-test-secret-of-32-characters!!";
const API_KEY = "eyJhbGciOiJIUzUxMiJ9.user-api-key-that-must-stay-secret";
const HOUR = 3_600_000;

/** The store, recording the last value written under each key. */
function recording(store: Store) {
  const written = new Map<string, string>();
  const set: Store["set"] = (key, value, ttlMs) => {
    written.set(key, value);
    return store.set(key, value, ttlMs);
  };
  return { written, store: { ...store, set } };
}

describe("newSessionId", () => {
  it("is 256 random bits in base64url", () => {
    const id = newSessionId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(id, "base64url")).toHaveLength(32);
    expect(newSessionId()).not.toBe(id);
  });
});

describe.each(storeBackends)("vault over $name", (backend) => {
  const { connect } = useStoreBackend(backend);
  const session = newSessionId();

  it("gives back the key put under a session, and null for another session", async () => {
    const vault = createVault(connect(), SECRET);
    await vault.put(session, API_KEY, HOUR);
    expect(await vault.get(session)).toBe(API_KEY);
    expect(await vault.get(newSessionId())).toBeNull();
    // Another instance, with the same secret, over the same store.
    expect(await createVault(connect(), SECRET).get(session)).toBe(API_KEY);
  });

  it("stores neither the key nor the session id in clear", async () => {
    const { store, written } = recording(connect());
    await createVault(store, SECRET).put(session, API_KEY, HOUR);
    const [[storeKey, value]] = [...written] as [[string, string]];
    expect(value).toMatch(/^v1\.\d+\.[A-Za-z0-9+/]+=*$/);
    for (const clear of [API_KEY, Buffer.from(API_KEY).toString("base64"), session]) {
      expect(storeKey).not.toContain(clear);
      expect(value).not.toContain(clear);
    }
    // Two entries for the same key differ: each has its own IV.
    await createVault(store, SECRET).put(session, API_KEY, HOUR);
    expect(written.get(storeKey)).not.toBe(value);
  });

  it("rejects a tampered entry", async () => {
    const { store, written } = recording(connect());
    const vault = createVault(store, SECRET);
    await vault.put(session, API_KEY, HOUR);
    const [[storeKey, value]] = [...written] as [[string, string]];
    const [version, expiresAt, payload = ""] = value.split(".");
    const bytes = Buffer.from(payload, "base64");
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
    for (const tampered of [
      `${version}.${expiresAt}.${bytes.toString("base64")}`,
      `${version}.${Number(expiresAt) + HOUR}.${payload}`,
      `v2.${expiresAt}.${payload}`,
      "v1.123.AAAA",
      "not an entry",
    ]) {
      await store.set(storeKey, tampered, HOUR);
      expect(await vault.get(session)).toBeNull();
    }
  });

  it("rejects an entry read with another secret, or moved to another session", async () => {
    const { store, written } = recording(connect());
    const vault = createVault(store, SECRET);
    await vault.put(session, API_KEY, HOUR);
    expect(await createVault(store, "another-secret-of-32-characters!").get(session)).toBeNull();

    const other = newSessionId();
    await vault.put(other, "other-key", HOUR);
    const [[, value], [otherStoreKey]] = [...written] as [[string, string], [string, string]];
    await store.set(otherStoreKey, value, HOUR);
    expect(await vault.get(other)).toBeNull();
  });

  it("forgets a key when its time is over, and when deleted", async () => {
    const vault = createVault(connect(), SECRET);
    await vault.put(session, API_KEY, 50);
    await sleep(100);
    expect(await vault.get(session)).toBeNull();
    await vault.put(session, API_KEY, HOUR);
    await vault.delete(session);
    expect(await vault.get(session)).toBeNull();
  });

  it("replaces the key of a live session, keeping its expiry", async () => {
    const vault = createVault(connect(), SECRET);
    await vault.put(session, API_KEY, 200);
    await sleep(100);
    expect(await vault.replace(session, "regenerated-key")).toBe(true);
    expect(await vault.get(session)).toBe("regenerated-key");
    await sleep(150);
    expect(await vault.get(session)).toBeNull();
  });

  it("replaces nothing for a session without a key", async () => {
    const vault = createVault(connect(), SECRET);
    expect(await vault.replace(session, "regenerated-key")).toBe(false);
    expect(await vault.get(session)).toBeNull();
  });
});

describe("vault errors", () => {
  const failing: Store = {
    get: () => Promise.reject(new Error("GET failed")),
    set: (_key, value) => Promise.reject(new Error(`SET failed for ${value}`)),
    delete: () => Promise.reject(new Error("DEL failed")),
    increment: () => Promise.reject(new Error("unused")),
    purgeExpired: async () => 0,
    close: async () => {},
  };

  it("never carry the key or the ciphertext", async () => {
    const error: unknown = await createVault(failing, SECRET)
      .put(newSessionId(), API_KEY, HOUR)
      .catch((e) => e);
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toBe("StoreUnavailableError: key vault: store unavailable (Error)");
    expect((error as Error).cause).toBeUndefined();
    await expect(createVault(failing, SECRET).get(newSessionId())).rejects.toThrow("key vault: store unavailable");
  });

  it("refuse a short secret and a non-positive time to live", async () => {
    expect(() => createVault(failing, "short")).toThrow("at least 16 characters");
    await expect(createVault(failing, SECRET).put(newSessionId(), API_KEY, 0)).rejects.toThrow(RangeError);
  });
});

describe("getVault", () => {
  afterEach(() => {
    vi.doUnmock("../env");
    vi.doUnmock("../store");
  });

  async function importWith(secret: string | undefined) {
    vi.resetModules();
    vi.doMock("../env", () => ({ env: { NEXTAUTH_SECRET: secret } }));
    const store: Pick<Store, "get"> = { get: async () => null };
    vi.doMock("../store", () => ({ getStore: () => store }));
    return import("./vault");
  }

  it("says clearly that the secret is missing", async () => {
    const { getVault } = await importWith(undefined);
    expect(() => getVault()).toThrow("NEXTAUTH_SECRET (or AUTH_SECRET) is not set");
  });

  it("is one vault per process, over the store", async () => {
    const { getVault } = await importWith(SECRET);
    expect(getVault()).toBe(getVault());
    expect(await getVault().get(newSessionId())).toBeNull();
  });
});
