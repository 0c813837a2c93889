/**
 * Starts a throw-away `redis-server` (no persistence, in a temporary directory) once for the app's tests, so that
 * the Redis store is tested against the real thing. Installs Debian's package when it is missing and we are root
 * (scripts/chromium.mjs); elsewhere, a missing redis-server fails with one line saying what to install.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import type { TestProject } from "vitest/node";

import { ensureDebianPackage } from "../../scripts/chromium.mjs";
import { freePort } from "../../scripts/lib/net.mjs";

export default async function startRedis(project: TestProject) {
  const binary = ensureDebianPackage("redis-server", "redis-server");
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), "reuses-vitest-redis-"));
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir];
  const child = spawn(binary, args, { stdio: ["ignore", "ignore", "inherit"] });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPong(port, child, 10_000);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide("redisUrl", `redis://127.0.0.1:${port}`);
  return stop;
}

/** Sends PING until the server answers PONG; fails early when it exits, and after `timeoutMs`. */
async function waitForPong(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`redis-server exited (${child.exitCode ?? child.signalCode}) before it answered PING`);
    }
    if (await ping(port)) return;
    await sleep(50);
  }
  throw new Error(`redis-server did not answer PING on port ${port} within ${timeoutMs / 1000}s`);
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write("PING\r\n"));
    socket.setTimeout(1_000, () => socket.destroy());
    socket.once("data", (data) => {
      resolve(data.toString().startsWith("+PONG"));
      socket.end();
    });
    socket.once("error", () => resolve(false));
    socket.once("close", () => resolve(false));
  });
}

declare module "vitest" {
  export interface ProvidedContext {
    redisUrl: string;
  }
}
