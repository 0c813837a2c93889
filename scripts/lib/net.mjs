// Ports and readiness.
import { execFileSync } from "node:child_process";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/** A TCP port free on 127.0.0.1 right now (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Same, synchronously (for playwright.config.ts, which cannot await): asks a short-lived node process. */
export function freePortSync() {
  const code = `import(${JSON.stringify(import.meta.url)}).then(async (m) => console.log(await m.freePort()))`;
  return Number(execFileSync(process.execPath, ["-e", code], { encoding: "utf8" }).trim());
}

/** Whether something already listens on `port` (any interface). */
export function isPortInUse(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(true));
    server.listen(port, () => server.close(() => resolve(false)));
  });
}

/**
 * Polls `url` until it answers with a status `accept` likes (default: not a 5xx). Fails early when `child` (the
 * process expected to serve it) exits, and after `timeoutMs`.
 */
export async function waitForUrl(url, timeoutMs = 60_000, { child, accept = (status) => status < 500 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`the process serving ${url} exited (${child.exitCode ?? child.signalCode}) before it answered`);
    }
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      await response.body?.cancel();
      if (accept(response.status)) return response.status;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)}s (last: ${last})`);
}
