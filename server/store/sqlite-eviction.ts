import type Database from "better-sqlite3";

import { EVICT_TO } from "./types";

/**
 * Evictable entries in the SQLite store: their size in `evictable_size` (NULL for the others, which are never
 * evicted), and the sum of those sizes in `evictable_bytes`, kept by triggers within each write statement, so
 * that every process sharing the file sees one exact total. Run once per connection, in one transaction: the
 * first process to open a file of an older version adds the column; rows it had are never evicted (they expire).
 */
export function prepareEviction(db: Database.Database): void {
  db.transaction(() => {
    const columns = db.pragma("table_info(entries)") as { name: string }[];
    if (!columns.some((column) => column.name === "evictable_size")) {
      db.exec("ALTER TABLE entries ADD COLUMN evictable_size INTEGER");
    }
    db.exec(`
      CREATE INDEX IF NOT EXISTS entries_evictable ON entries (expires_at) WHERE evictable_size IS NOT NULL;
      CREATE TABLE IF NOT EXISTS evictable_bytes (id INTEGER PRIMARY KEY CHECK (id = 1), bytes INTEGER NOT NULL);
      INSERT OR IGNORE INTO evictable_bytes (id, bytes) SELECT 1, coalesce(sum(evictable_size), 0) FROM entries;
      CREATE TRIGGER IF NOT EXISTS evictable_inserted AFTER INSERT ON entries WHEN NEW.evictable_size IS NOT NULL
        BEGIN UPDATE evictable_bytes SET bytes = bytes + NEW.evictable_size; END;
      CREATE TRIGGER IF NOT EXISTS evictable_updated AFTER UPDATE OF evictable_size ON entries
        WHEN OLD.evictable_size IS NOT NEW.evictable_size
        BEGIN
          UPDATE evictable_bytes SET bytes = bytes - coalesce(OLD.evictable_size, 0) + coalesce(NEW.evictable_size, 0);
        END;
      CREATE TRIGGER IF NOT EXISTS evictable_deleted AFTER DELETE ON entries WHEN OLD.evictable_size IS NOT NULL
        BEGIN UPDATE evictable_bytes SET bytes = bytes - OLD.evictable_size; END;
    `);
  }).immediate();
}

/**
 * After a write, when evictable entries take more than `maxBytes`: deletes those that expire first (expired ones,
 * then the oldest: the cache rewrites an entry each time it is read past its freshness, so an entry still read is
 * a recent one) until they take EVICT_TO of it. One statement: the newest entries up to that size are kept.
 */
export function createEviction(db: Database.Database, maxBytes: number | undefined) {
  const total = db.prepare<[], { bytes: number }>("SELECT bytes FROM evictable_bytes WHERE id = 1");
  const evict = db.prepare<{ target: number }>(
    `DELETE FROM entries WHERE key IN (
       SELECT key FROM (
         SELECT key, sum(evictable_size) OVER (ORDER BY expires_at DESC, key DESC ROWS UNBOUNDED PRECEDING) AS kept
         FROM entries WHERE evictable_size IS NOT NULL
       ) WHERE kept > @target
     )`,
  );
  return function evictIfFull() {
    if (maxBytes === undefined || (total.get()?.bytes ?? 0) <= maxBytes) return;
    evict.run({ target: Math.floor(maxBytes * EVICT_TO) });
  };
}
