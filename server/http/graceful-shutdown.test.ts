import { createServer, request, type Server } from "node:http";
import { type AddressInfo, connect } from "node:net";

import { afterEach, describe, expect, it } from "vitest";

import { gracefulServer } from "./graceful-shutdown";

interface Answer {
  status: number;
  connection: string | undefined;
  body: string;
}

/**
 * A real server on a free port whose `/slow` answers only when `release()` is called, and whose `/stream` sends
 * its headers and a first chunk at once, the rest on `release()`.
 */
async function startServer() {
  const releases: (() => void)[] = [];
  const server = createServer((req, res) => {
    if (req.url === "/stream") res.write("first chunk ");
    if (req.url === "/slow" || req.url === "/stream") releases.push(() => res.end("slow answer"));
    else res.end("fast answer");
  });
  const graceful = gracefulServer(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const release = () => releases.splice(0).forEach((end) => end());
  const releaseFirst = () => releases.shift()?.();
  return { server, graceful, port, release, releaseFirst, waiting: () => releases.length };
}

/** GET on a new connection (no agent): resolves with the answer, rejects with the connection's error. */
function get(port: number, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          connection: res.headers.connection,
          body: Buffer.concat(chunks).toString(),
        }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("gracefulServer", () => {
  const servers: Server[] = [];
  afterEach(() => {
    for (const server of servers.splice(0)) server.closeAllConnections();
  });

  it("lets a slow request in flight finish, answering it with Connection: close", async () => {
    const { server, graceful, port, release, waiting } = await startServer();
    servers.push(server);
    const answer = get(port, "/slow");
    await until(() => waiting() === 1);
    expect(graceful.inFlight).toBe(1);

    const drained = graceful.drain(10_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();

    await expect(answer).resolves.toEqual({ status: 200, connection: "close", body: "slow answer" });
    await expect(drained).resolves.toMatchObject({ inFlightAtStart: 1, cutOff: 0 });
    expect(graceful.inFlight).toBe(0);
  });

  it("answers Connection: close to a request that comes on a kept-alive connection while draining", async () => {
    const { server, graceful, port, release, releaseFirst, waiting } = await startServer();
    servers.push(server);
    // A raw connection: its first answer's headers (keep-alive) are sent before the drain begins.
    const socket = connect(port, "127.0.0.1");
    let received = "";
    socket.on("data", (chunk: Buffer) => (received += chunk.toString()));
    const closed = new Promise((resolve) => socket.once("close", resolve));
    socket.write("GET /stream HTTP/1.1\r\nHost: test\r\n\r\n");
    await until(() => waiting() === 1 && received.includes("first chunk"));
    expect(received).toMatch(/^Connection: keep-alive\r$/im);
    // Another request keeps the drain going meanwhile.
    const other = get(port, "/slow");
    await until(() => waiting() === 2);

    const drained = graceful.drain(10_000);
    releaseFirst();
    await until(() => received.includes("slow answer"));
    received = "";
    socket.write("GET /fast HTTP/1.1\r\nHost: test\r\n\r\n");

    await closed;
    expect(received).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(received).toMatch(/^Connection: close\r$/im);
    expect(received).toContain("fast answer");
    release();
    await other;
    await expect(drained).resolves.toMatchObject({ inFlightAtStart: 2, cutOff: 0 });
  });

  it("refuses new connections once draining", async () => {
    const { server, graceful, port, release, waiting } = await startServer();
    servers.push(server);
    const answer = get(port, "/slow");
    await until(() => waiting() === 1);
    const drained = graceful.drain(10_000);

    await expect(get(port, "/fast")).rejects.toMatchObject({ code: "ECONNREFUSED" });
    release();
    await answer;
    await drained;
  });

  it("resolves at once, with nothing cut off, when nothing is in flight", async () => {
    const { server, graceful, port } = await startServer();
    servers.push(server);
    await expect(get(port, "/fast")).resolves.toMatchObject({ status: 200, body: "fast answer" });

    const outcome = await graceful.drain(10_000);
    expect(outcome).toMatchObject({ inFlightAtStart: 0, cutOff: 0 });
    expect(outcome.ms).toBeLessThan(1_000);
  });

  it("closes what is still in flight after the time limit it is given", async () => {
    const { server, graceful, port, waiting } = await startServer();
    servers.push(server);
    const answer = get(port, "/slow");
    await until(() => waiting() === 1);

    const outcome = await graceful.drain(200);
    expect(outcome).toMatchObject({ inFlightAtStart: 1, cutOff: 1 });
    expect(outcome.ms).toBeGreaterThanOrEqual(190);
    expect(outcome.ms).toBeLessThan(2_000);
    await expect(answer).rejects.toMatchObject({ code: "ECONNRESET" });
  });
});
