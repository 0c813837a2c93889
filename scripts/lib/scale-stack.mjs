// The deployment `npm run test:scale` checks, on free ports in a temporary directory: a throw-away redis-server,
// the sandbox, two production instances sharing Redis and the auth secret, and nginx in front of them.
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { ensureDebianPackage } from "../chromium.mjs";
import { freePort } from "./net.mjs";
import { ROOT } from "./paths.mjs";
import { exitCode, signalGroup, spawnGroup } from "./proc.mjs";
import { nginxAddress, startNginx } from "./scale-nginx.mjs";
import { stackDirectory, startApp, startSandbox } from "./test-stack.mjs";

const REDIS_TIMEOUT_MS = 10_000;

/** Redis as deploy/ configures it (append-only file, fsync every second), with a port and data directory of ours. */
const REDIS_CONF = path.join(ROOT, "deploy", "redis.conf");

/**
 * redis-server with deploy/redis.conf in `dir`; resolves once it answers PING, with its URL and `stop(signal)`
 * (SIGTERM: a clean shutdown, which writes the AOF out; SIGKILL: a crash) and `start()` (again, on the same port
 * with the same data).
 */
async function startRedis(dir) {
  const binary = ensureDebianPackage("redis-server", "redis-server");
  const port = await freePort();
  mkdirSync(dir);
  const args = [REDIS_CONF, "--port", String(port), "--bind", "127.0.0.1", "--dir", dir];
  let child;
  const start = async () => {
    child = spawnGroup(binary, args, { stdio: ["ignore", "ignore", "inherit"] });
    const deadline = Date.now() + REDIS_TIMEOUT_MS;
    while (!(await answersPing(port))) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error("redis-server exited at start-up");
      if (Date.now() > deadline) throw new Error(`redis-server did not answer PING within ${REDIS_TIMEOUT_MS} ms`);
      await sleep(50);
    }
  };
  const stop = async (signal = "SIGTERM") => {
    const exited = exitCode(child);
    signalGroup(child, signal);
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, stop };
}

function answersPing(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write("PING\r\n"));
    socket.setTimeout(1_000, () => socket.destroy());
    socket.once("data", (reply) => {
      socket.destroy();
      resolve(reply.toString().startsWith("+PONG"));
    });
    socket.once("close", () => resolve(false));
    socket.once("error", () => resolve(false));
  });
}

/**
 * Starts everything; resolves with the sandbox, the instances `a` and `b`, nginx, the Redis URL and `redis` (to
 * stop and start it again), `restart(app)` (the same instance again, on its port) and `stop()`.
 */
export async function startScaleStack() {
  const { dir, stop } = stackDirectory("reuses-scale-");
  try {
    const redis = await startRedis(path.join(dir, "redis"));
    const sandbox = await startSandbox({ dataDir: path.join(dir, "sandbox") });
    const front = await nginxAddress();
    const secret = randomBytes(32).toString("base64url");
    const startInstance = (name, port) =>
      startApp({
        sandboxUrl: sandbox.url,
        dataDir: path.join(dir, name),
        secret,
        // Behind nginx, as in deploy/: the client's address is the last X-Forwarded-For entry.
        env: { REDIS_URL: redis.url, TRUST_PROXY: "true" },
        siteUrl: front.url,
        port,
      }).then((app) => ({ ...app, name }));
    // An instance takes seconds to start: both at once.
    const [a, b] = await Promise.all([startInstance("A"), startInstance("B")]);
    const nginx = await startNginx(dir, front, [a.port, b.port]);
    const restart = (app) => startInstance(app.name, app.port);
    return { redisUrl: redis.url, redis, sandbox, a, b, nginx, restart, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
