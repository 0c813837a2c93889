import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "./harness";

/** The control routes: accounts, request log, faults, reset, latency and persistence. */
type Entry = {
  method: string;
  path: string;
  query: Record<string, unknown>;
  withKey: boolean;
  status: number;
  ms: number;
  at: string;
};

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

const requests = async () => (await jsonOf<Entry[]>(await sandbox.call("/_sandbox/requests"))).body;
const setFaults = (faults: Record<string, unknown>) =>
  sandbox.call("/_sandbox/faults", { method: "POST", json: faults });
const clearFaults = () => sandbox.call("/_sandbox/faults", { method: "DELETE" });

describe("POST /_sandbox/users", () => {
  it("creates an account with a fresh key, in organizations, with roles", async () => {
    const created = await jsonOf<{ id: string; slug: string; apikey: string }>(
      await sandbox.call("/_sandbox/users", {
        method: "POST",
        json: { first_name: "Zoé", last_name: "Test", organizations: ["534fff81a3a7292c64a77e5c"], roles: ["admin"] },
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body.slug).toBe("zoe-test");
    const me = await jsonOf<{ id: string; roles: string[]; organizations: { id: string }[] }>(
      await sandbox.call("/api/1/me/", { key: created.body.apikey }),
    );
    expect(me.body).toMatchObject({
      id: created.body.id,
      roles: ["admin"],
      organizations: [{ id: "534fff81a3a7292c64a77e5c" }],
    });
  });

  it("answers 400 on bad input", async () => {
    for (const json of [
      { first_name: "", last_name: "x" },
      { first_name: "a", last_name: "b", roles: ["god"] },
      { first_name: "a", last_name: "b", organizations: ["nope"] },
    ]) {
      const { status, body } = await jsonOf(await sandbox.call("/_sandbox/users", { method: "POST", json }));
      expect(status).toBe(400);
      expect(body).toHaveProperty("errors");
    }
  });
});

describe("the request log", () => {
  it("records every /api request since the last clear, failed ones included", async () => {
    expect((await sandbox.call("/_sandbox/requests", { method: "DELETE" })).status).toBe(204);
    await sandbox.call("/api/1/reuses/?page_size=1&tag=a&tag=b");
    await sandbox.call("/api/1/me/", { key: KEYS.producer });
    await sandbox.call("/api/1/me/", { key: "bad" });
    const log = await requests();
    expect(log.map((entry) => [entry.method, entry.path, entry.withKey, entry.status])).toEqual([
      ["GET", "/api/1/reuses/", false, 200],
      ["GET", "/api/1/me/", true, 200],
      ["GET", "/api/1/me/", true, 401],
    ]);
    expect(log[0]?.query).toEqual({ page_size: "1", tag: ["a", "b"] });
    expect(typeof log[0]?.ms).toBe("number");
    expect(Date.parse(log[0]?.at ?? "")).not.toBeNaN();
  });
});

describe("faults", () => {
  it("fails with a status, 429 included, for a share of the requests under a path prefix", async () => {
    await setFaults({ status: 429, rate: 0.5, pathPrefix: "/api/1/reuses/" });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await sandbox.call("/api/1/reuses/?page_size=1")).status);
    expect(statuses).toEqual([200, 429, 200, 429]);
    expect((await sandbox.call("/api/1/datasets/?page_size=1")).status).toBe(200);
    await setFaults({ status: 503 });
    const failed = await sandbox.call("/api/1/datasets/?page_size=1");
    expect(failed.status).toBe(503);
    await clearFaults();
    expect((await sandbox.call("/api/1/datasets/?page_size=1")).status).toBe(200);
  });

  it("answers broken JSON", async () => {
    await setFaults({ malformed: true });
    const response = await sandbox.call("/api/1/reuses/");
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
    await clearFaults();
  });

  it("hangs until the faults are cleared, then destroys the hung requests", async () => {
    await setFaults({ hang: true, pathPrefix: "/api/1/me/" });
    const hung = sandbox.call("/api/1/me/", { key: KEYS.producer }).then(
      () => "answered",
      () => "destroyed",
    );
    const race = await Promise.race([hung, new Promise((resolve) => setTimeout(() => resolve("waiting"), 300))]);
    expect(race).toBe("waiting");
    expect((await sandbox.call("/api/1/reuses/?page_size=1")).status).toBe(200);
    await clearFaults();
    expect(await hung).toBe("destroyed");
    const entry = (await requests()).find((candidate) => candidate.path === "/api/1/me/" && candidate.status === 0);
    expect(entry).toBeDefined();
  });

  it("delays matching requests", async () => {
    await setFaults({ latencyMs: 150 });
    const started = performance.now();
    await sandbox.call("/api/1/reuses/types/");
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    await clearFaults();
  });

  it("still makes a delayed write whose client stopped waiting, as udata does", async () => {
    await setFaults({ latencyMs: 400, pathPrefix: "/reuses/" });
    const url = `https://exemple.fr/lente-${Date.now()}`;
    const json = { title: "Écriture lente", description: "x", type: "api", topic: "others", url };
    const aborted = await fetch(`${sandbox.url}/api/1/reuses/`, {
      method: "POST",
      headers: { "X-API-KEY": KEYS.producer, "Content-Type": "application/json" },
      body: JSON.stringify(json),
      signal: AbortSignal.timeout(100),
    }).then(
      () => "answered",
      () => "aborted",
    );
    expect(aborted).toBe("aborted");
    await new Promise((resolve) => setTimeout(resolve, 600));
    await clearFaults();
    const mine = await jsonOf<{ url: string }[]>(await sandbox.call("/api/1/me/reuses/", { key: KEYS.producer }));
    expect(mine.body.filter((reuse) => reuse.url === url)).toHaveLength(1);
  });

  it("rejects bad fault settings", async () => {
    expect((await setFaults({ status: 200 })).status).toBe(400);
    expect((await setFaults({ rate: 2 })).status).toBe(400);
  });
});

describe("state", () => {
  it("persists writes across restarts, and reset reseeds", async () => {
    const { body } = await jsonOf<{ apikey: string }>(
      await sandbox.call("/_sandbox/users", { method: "POST", json: { first_name: "Per", last_name: "Sist" } }),
    );
    const started = performance.now();
    sandbox = await sandbox.restart();
    expect(performance.now() - started).toBeLessThan(3000);
    expect((await sandbox.call("/api/1/me/", { key: body.apikey })).status).toBe(200);
    expect((await sandbox.call("/_sandbox/reset", { method: "POST" })).status).toBe(200);
    expect((await sandbox.call("/api/1/me/", { key: body.apikey })).status).toBe(401);
    expect((await sandbox.call("/api/1/me/", { key: KEYS.producer })).status).toBe(200);
  });

  it("adds SANDBOX_LATENCY_MS to every /api request", async () => {
    const slow = await startTestSandbox({ latencyMs: 120 });
    try {
      const started = performance.now();
      expect((await slow.call("/api/1/reuses/topics/")).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    } finally {
      await slow.close();
    }
  });

  it("answers the health check", async () => {
    expect((await sandbox.call("/_sandbox/health")).status).toBe(200);
  });
});
