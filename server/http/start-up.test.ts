import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

/** Starts the server (`npm start`'s command) with only the given environment; returns how it ended. */
function start(env: NodeJS.ProcessEnv) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "server/http/main.ts"], {
    env,
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: run.status, stderr: run.stderr.trim() };
}

describe("start-up with a bad environment", () => {
  it("refuses to start in production without a secret, in one line", () => {
    expect(start({ NODE_ENV: "production", PORT: "3999" })).toEqual({
      status: 1,
      stderr: "Invalid environment variable NEXTAUTH_SECRET: required in production (or AUTH_SECRET)",
    });
  });

  it("names a bad value, in one line", () => {
    const ended = start({
      NODE_ENV: "production",
      PORT: "3999",
      NEXTAUTH_SECRET: "x".repeat(32),
      DATAGOUV_URL: "ftp://x",
    });
    expect(ended.status).toBe(1);
    expect(ended.stderr).toMatch(/^Invalid environment variable DATAGOUV_URL: [^\n]+$/);
  });
});

describe("start-up with a DATA_DIR that cannot hold the store", () => {
  it("refuses to start, in one line naming DATA_DIR and the cause", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "reuses-start-up-"));
    const file = path.join(dir, "a-file");
    writeFileSync(file, "");
    try {
      const dataDir = path.join(file, "data");
      const ended = start({ NODE_ENV: "production", PORT: "3999", NEXTAUTH_SECRET: "x".repeat(32), DATA_DIR: dataDir });
      expect(ended.status).toBe(1);
      expect(ended.stderr.startsWith(`DATA_DIR ${dataDir} cannot be created: ENOTDIR: `)).toBe(true);
      expect(ended.stderr).not.toContain("\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
