import { Redis } from "ioredis";
import { z } from "zod";

import { createOutageLog } from "./outage-log";
import { DELETE_SCRIPT, EVICTION_KEYS, SET_SCRIPT } from "./redis-eviction";
import { entrySize, EVICT_TO, type Store, type StoreOptions, ttlMilliseconds } from "./types";
import { StoreUnavailableError } from "./unavailable";

// INCR creates the counter at 1; the expiry is set when there is none yet (the first call of a window), so later
// calls keep the window's end. One script, so the count and its expiry change together.
const INCREMENT_SCRIPT = `
local count = redis.call("INCR", KEYS[1])
local ttl = redis.call("PTTL", KEYS[1])
if ttl < 0 then
  redis.call("PEXPIRE", KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { count, ttl }`;

const incrementReply = z.tuple([z.number(), z.number()]);

export interface RedisStoreOptions extends StoreOptions {
  /** Prepended to every key, so that the site can share a Redis database (tests use one prefix each). */
  keyPrefix?: string;
}

/**
 * The shared store for several app instances. Connects at once and reconnects with a backoff capped at 2 s.
 * A command never waits more than a second (a Redis that stopped answering), and fails at once while the
 * connection is known lost (between reconnection attempts), with a StoreUnavailableError: callers decide (the
 * cache fetches upstream, sign-in refuses, signed-in pages answer 503), so a request never hangs on a dead Redis.
 * Redis expires entries by itself; evictable ones are capped (redis-eviction.ts).
 */
export function createRedisStore(
  url: string,
  { keyPrefix = "reuses:", maxEvictableBytes }: RedisStoreOptions = {},
): Store {
  const client = new Redis(url, {
    keyPrefix,
    lazyConnect: false,
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, 2_000),
  });
  const outage = createOutageLog();
  // Without a listener, ioredis prints every connection error; one line per outage is enough.
  client.on("error", (error: Error) => outage.failed(`Redis store: ${error.message}`));
  client.on("ready", () => outage.recovered());

  /** The command's answer, or a StoreUnavailableError; queued (up to commandTimeout) only while connecting. */
  async function command<T>(send: () => Promise<T>): Promise<T> {
    if (client.status === "reconnecting" || client.status === "end") {
      throw new StoreUnavailableError(`Redis store: connection ${client.status}`);
    }
    try {
      return await send();
    } catch (error) {
      throw new StoreUnavailableError(`Redis store: ${error instanceof Error ? error.name : typeof error}`);
    }
  }

  return {
    async get(key) {
      return command(() => client.get(key));
    },
    async set(key, value, ttlMs, { evictable = false } = {}) {
      const ttl = ttlMilliseconds(ttlMs);
      const now = Date.now();
      const size = evictable ? entrySize(key, value) : 0;
      const cap = maxEvictableBytes ?? 0;
      const target = Math.floor(cap * EVICT_TO);
      await command(() =>
        client.eval(SET_SCRIPT, 4, key, ...EVICTION_KEYS, value, ttl, now + ttl, size, cap, target, now),
      );
    },
    async delete(key) {
      await command(() => client.eval(DELETE_SCRIPT, 4, key, ...EVICTION_KEYS));
    },
    async increment(key, windowMs) {
      const window = ttlMilliseconds(windowMs);
      const reply = await command(() => client.eval(INCREMENT_SCRIPT, 1, key, window));
      const [count, ttl] = incrementReply.parse(reply);
      return { count, resetAt: Date.now() + ttl };
    },
    async purgeExpired() {
      return 0;
    },
    async close() {
      // QUIT lets pending commands finish; when the connection is already gone, just stop reconnecting.
      await client.quit().catch(() => client.disconnect());
    },
  };
}
