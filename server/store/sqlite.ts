import { mkdirSync } from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";

import { createEviction, prepareEviction } from "./sqlite-eviction";
import { type Counter, entrySize, type Store, type StoreOptions, ttlMilliseconds } from "./types";

const PURGE_INTERVAL_MS = 10 * 60_000;

/**
 * The embedded store: one SQLite file that several processes of the same machine may open at once. WAL lets
 * readers run beside the one writer; busy_timeout makes a writer wait for the lock instead of failing; every
 * write is one statement, so it is atomic on its own (the counter included, through `ON CONFLICT … RETURNING`), or
 * one transaction for an evictable value and the eviction it may need.
 * Expired rows are invisible at once and deleted every 10 minutes; evictable ones are capped (sqlite-eviction.ts).
 */
export function createSqliteStore(file: string, { maxEvictableBytes }: StoreOptions = {}): Store {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    prepareSchema(db);
  } catch (error) {
    // A read-only or full disk: the file is let go, so that the disk can be unmounted or the file removed.
    db.close();
    throw error;
  }

  const select = db.prepare<[string, number], { value: string }>(
    "SELECT value FROM entries WHERE key = ? AND expires_at > ?",
  );
  const upsert = db.prepare<[string, string, number, number | null]>(
    `INSERT INTO entries (key, value, expires_at, evictable_size) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET
       value = excluded.value, expires_at = excluded.expires_at, evictable_size = excluded.evictable_size`,
  );
  const evictIfFull = createEviction(db, maxEvictableBytes);
  // IMMEDIATE: the write lock from the start, so that two processes do not both evict for the same overflow.
  const write = db.transaction((key: string, value: string, expiresAt: number, size: number | null) => {
    upsert.run(key, value, expiresAt, size);
    if (size !== null) evictIfFull();
  }).immediate;
  const remove = db.prepare<[string]>("DELETE FROM entries WHERE key = ?");
  // In DO UPDATE, bare column names are the existing row: a live counter goes up, an expired one starts again.
  const increment = db.prepare<{ key: string; now: number; resetAt: number }, { value: string; expires_at: number }>(
    `INSERT INTO entries (key, value, expires_at) VALUES (@key, '1', @resetAt)
     ON CONFLICT (key) DO UPDATE SET
       value = CASE WHEN expires_at > @now THEN CAST(value AS INTEGER) + 1 ELSE 1 END,
       expires_at = CASE WHEN expires_at > @now THEN expires_at ELSE @resetAt END
     RETURNING value, expires_at`,
  );
  const purge = db.prepare<[number]>("DELETE FROM entries WHERE expires_at <= ?");

  const purgeExpired = () => purge.run(Date.now()).changes;
  const timer = setInterval(() => {
    try {
      purgeExpired();
    } catch {
      // Busy for 5 s (another process holds the write lock): the next round purges, rows stay invisible meanwhile.
    }
  }, PURGE_INTERVAL_MS);
  timer.unref();

  return {
    async get(key) {
      return select.get(key, Date.now())?.value ?? null;
    },
    async set(key, value, ttlMs, { evictable = false } = {}) {
      write(key, value, Date.now() + ttlMilliseconds(ttlMs), evictable ? entrySize(key, value) : null);
    },
    async delete(key) {
      remove.run(key);
    },
    async increment(key, windowMs): Promise<Counter> {
      const now = Date.now();
      const row = increment.get({ key, now, resetAt: now + ttlMilliseconds(windowMs) });
      if (!row) throw new Error("SQLite returned no row for an upsert");
      return { count: Number(row.value), resetAt: row.expires_at };
    },
    async purgeExpired() {
      return purgeExpired();
    },
    async close() {
      clearInterval(timer);
      db.close();
    },
  };
}

function prepareSchema(db: Database.Database) {
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  // With WAL, NORMAL is durable against process crashes (the cache and vault can lose the last write on power loss).
  db.pragma("synchronous = NORMAL");
  db.exec(`
    CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at INTEGER NOT NULL);
    CREATE INDEX IF NOT EXISTS entries_expires_at ON entries (expires_at);
  `);
  prepareEviction(db);
}
