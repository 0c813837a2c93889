import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { createSqliteStore } from "./sqlite";
import { describeEviction } from "./eviction.contract";
import { describeStore } from "./store.contract";
import { sqliteBackend } from "./test-backends";
import type { Store } from "./types";

describeStore(sqliteBackend);
describeEviction(sqliteBackend);

describe("SQLite store", () => {
  let dir: string;
  let file: string;
  let store: Store | undefined;
  const countRows = () => {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare<[], { n: number }>("SELECT count(*) AS n FROM entries").get()?.n;
    } finally {
      db.close();
    }
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "reuses-sqlite-test-"));
    file = path.join(dir, "nested", "store.sqlite");
  });
  afterEach(async () => {
    vi.useRealTimers();
    await store?.close();
    store = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it("creates its directory and opens the file in WAL mode", () => {
    store = createSqliteStore(file);
    const db = new Database(file, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("opens a file of an older version, whose rows are then never evicted", async () => {
    mkdirSync(path.dirname(file), { recursive: true });
    const old = new Database(file);
    old.exec("CREATE TABLE entries (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at INTEGER NOT NULL)");
    old.prepare("INSERT INTO entries VALUES ('cache:old', ?, ?)").run("x".repeat(2_000), Date.now() + 60_000);
    old.close();
    store = createSqliteStore(file, { maxEvictableBytes: 1_000 });
    await store.set("cache:new", "y".repeat(2_000), 60_000, { evictable: true });
    expect(await store.get("cache:old")).toHaveLength(2_000);
    expect(await store.get("cache:new")).toBeNull();
  });

  it("purgeExpired deletes exactly the expired rows", async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    store = createSqliteStore(file);
    await store.set("a", "v", 1_000);
    await store.set("b", "v", 1_000);
    await store.set("live", "v", 60_000);
    vi.setSystemTime(1_002_000);
    expect(await store.purgeExpired()).toBe(2);
    expect(countRows()).toBe(1);
    expect(await store.purgeExpired()).toBe(0);
  });

  it("purges expired rows every 10 minutes by itself", async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    store = createSqliteStore(file);
    await store.set("a", "v", 1_000);
    vi.advanceTimersByTime(9 * 60_000);
    expect(countRows()).toBe(1);
    vi.advanceTimersByTime(60_000);
    expect(countRows()).toBe(0);
  });

  it("counts exactly when several processes increment the same file", async () => {
    store = createSqliteStore(file);
    const run = promisify(execFile);
    const fixture = path.join(import.meta.dirname, "sqlite-increment.fixture.ts");
    const args = ["--conditions=react-server", "--import", "tsx", fixture, file, "hits", "1000"];
    await Promise.all(Array.from({ length: 4 }, () => run(process.execPath, args)));
    expect((await store.increment("hits", 60_000)).count).toBe(4001);
  }, 30_000);

  it("lets several processes create the same new file at once (two instances on one DATA_DIR start together)", async () => {
    const run = promisify(execFile);
    const fixture = path.join(import.meta.dirname, "sqlite-increment.fixture.ts");
    const args = ["--conditions=react-server", "--import", "tsx", fixture, file, "hits", "50"];
    await Promise.all(Array.from({ length: 4 }, () => run(process.execPath, args)));
    store = createSqliteStore(file);
    expect((await store.increment("hits", 60_000)).count).toBe(201);
  }, 60_000);
});
