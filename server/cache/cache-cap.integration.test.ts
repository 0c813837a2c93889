import path from "node:path";

import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";

import { getVault, newSessionId } from "~/server/auth/vault";
import { env, type Env } from "~/server/env";
import { appRouter } from "../api/root";
import { LISTING_SORTS } from "~/lib/reuses/listing-state";
import { createCallerFactory, createTRPCContext } from "../api/trpc";

const CAP_MB = vi.hoisted(() => 1);
vi.mock("~/server/env", async (load) => {
  const actual = await load<{ env: Env }>();
  return { env: { ...actual.env, CACHE_MAX_MB: CAP_MB } };
});

const caller = createCallerFactory(appRouter)(createTRPCContext({ getSession: async () => null }));

/** Bytes of the data cache's rows in the SQLite store, measured from the file (keys and values, as UTF-8). */
function cacheBytes(): { rows: number; bytes: number } {
  const db = new Database(path.join(env.DATA_DIR, "store.sqlite"), { readonly: true });
  try {
    const row = db
      .prepare<[number], { rows: number; bytes: number | null }>(
        `SELECT count(*) AS rows, sum(length(CAST(key AS BLOB)) + length(CAST(value AS BLOB))) AS bytes
         FROM entries WHERE key LIKE 'cache:%' AND expires_at > ?`,
      )
      .get(Date.now());
    return { rows: row?.rows ?? 0, bytes: row?.bytes ?? 0 };
  } finally {
    db.close();
  }
}

describe("the data cache under a flood of distinct anonymous queries", () => {
  it(`stays under CACHE_MAX_MB (${CAP_MB} MB) after 660 listing variants, and keeps the vault`, async () => {
    const sessionId = newSessionId();
    await getVault().put(sessionId, "cle-qui-doit-rester", 60 * 60_000);
    const started = Date.now();
    let peak = 0;
    for (let page = 1; page <= 110; page++) {
      for (const sort of LISTING_SORTS) await caller.reuses.list({ page, sort });
      peak = Math.max(peak, cacheBytes().bytes);
    }
    const after = cacheBytes();
    console.log(`cache: ${after.rows} rows, ${after.bytes} bytes (peak ${peak}) in ${Date.now() - started} ms`);
    expect(peak).toBeLessThanOrEqual(CAP_MB * 2 ** 20);
    expect(after.rows).toBeGreaterThan(20);
    expect(await getVault().get(sessionId)).toBe("cle-qui-doit-rester");
  }, 120_000);
});
