import { createServer, request, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterEach, describe, expect, it } from "vitest";

import { guardBody } from "./body-guard";

const LIMIT = 64 * 1024;
const CHUNK = Buffer.alloc(16 * 1024, "a");

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** What the reader behind the guard (standing in for Next.js) got of each body, and how its read ended. */
interface Reading {
  bytes: number;
  outcome?: "whole" | "failed";
}

/** Reads the body whole, in memory, as Next.js does: `for await` (paused mode) or `data` events (flowing mode). */
async function readWhole(req: IncomingMessage, mode: "paused" | "flowing", reading: Reading): Promise<void> {
  if (mode === "paused") {
    for await (const chunk of req) reading.bytes += (chunk as Buffer).length;
    return;
  }
  await new Promise<void>((resolve, reject) => {
    req.on("data", (chunk: Buffer) => (reading.bytes += chunk.length));
    req.on("end", resolve);
    req.on("error", reject);
    req.on("aborted", () => reject(new Error("aborted")));
  });
}

/** The guard in front of a reader; `readings` has one entry per request that got past the guard. */
async function serve(mode: "paused" | "flowing" = "paused") {
  const readings: Reading[] = [];
  const sockets: { bytesRead: number }[] = [];
  server = createServer((req, res) => {
    sockets.push(req.socket);
    if (!guardBody(req, res, LIMIT)) return;
    const reading: Reading = { bytes: 0 };
    readings.push(reading);
    readWhole(req, mode, reading).then(
      () => {
        reading.outcome = "whole";
        if (!res.headersSent) res.end(`read ${reading.bytes}`);
      },
      () => (reading.outcome = "failed"),
    );
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { port, readings, sockets };
}

interface Sent {
  status: number;
  body: string;
  /** Bytes of body the client had written when the answer (or the end of the connection) came. */
  sent: number;
}

/** Posts up to `bytes` of body in CHUNK pieces (chunked unless `declare`), stopping as soon as an answer comes. */
function post(port: number, path: string, bytes: number, { declare = false } = {}): Promise<Sent> {
  return new Promise((resolve) => {
    let sent = 0;
    let answered = false;
    const headers = declare ? { "content-length": String(bytes) } : {};
    const req = request({ host: "127.0.0.1", port, path, method: "POST", headers });
    const done = (status: number, body = "") => {
      if (answered) return;
      answered = true;
      resolve({ status, body, sent });
      req.destroy();
    };
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => done(res.statusCode ?? 0, Buffer.concat(chunks).toString()));
      res.on("error", () => done(res.statusCode ?? 0));
    });
    req.on("error", () => done(0));
    const pump = () => {
      while (sent < bytes && !answered) {
        const piece = CHUNK.subarray(0, Math.min(CHUNK.length, bytes - sent));
        sent += piece.length;
        if (!req.write(piece)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe("guardBody", () => {
  it.each(["paused", "flowing"] as const)("lets a body within the limit reach its reader whole (%s)", async (mode) => {
    const { port, readings } = await serve(mode);
    expect(await post(port, "/api/trpc/x", LIMIT)).toMatchObject({ status: 200, body: `read ${LIMIT}` });
    expect(await post(port, "/api/trpc/x", LIMIT, { declare: true })).toMatchObject({ status: 200 });
    expect(readings.map(({ outcome }) => outcome)).toEqual(["whole", "whole"]);
  });

  it("refuses a declared length over the limit at once, before the body is sent or read", async () => {
    const { port, readings, sockets } = await serve();
    const answer = await post(port, "/api/auth/callback/api-key", 300 * 2 ** 20, { declare: true });
    expect(answer.status).toBe(413);
    expect(answer.body).toBe("Requête trop volumineuse.\n");
    expect(readings).toEqual([]);
    // The headers, and whatever the client had written before the answer came: far from 300 MB.
    expect(sockets[0]?.bytesRead).toBeLessThan(4 * 2 ** 20);
  });

  it.each(["paused", "flowing"] as const)(
    "stops a chunked body at the limit: 413, the reader never gets more, the rest is never read (%s)",
    async (mode) => {
      const { port, readings, sockets } = await serve(mode);
      const answer = await post(port, "/api/trpc/account.profile.update", 300 * 2 ** 20);
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({ error: { json: { data: { code: "PAYLOAD_TOO_LARGE" } } } });
      await expect.poll(() => readings[0]?.outcome).toBe("failed");
      expect(readings[0]?.bytes).toBeLessThanOrEqual(LIMIT);
      expect(answer.sent).toBeLessThan(8 * 2 ** 20);
      expect(sockets[0]?.bytesRead).toBeLessThan(8 * 2 ** 20);
    },
  );

  it("never hands on a body just over the limit as if it were whole, even when it all came at once", async () => {
    const { port, readings } = await serve("paused");
    const answer = await post(port, "/reuses", LIMIT + 1);
    expect(answer.status).toBe(413);
    await expect.poll(() => readings[0]?.outcome).toBe("failed");
    expect(readings[0]?.bytes).toBeLessThanOrEqual(LIMIT);
  });
});
