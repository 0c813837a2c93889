import { setTimeout as sleep } from "node:timers/promises";

import { describe, expect, it, vi } from "vitest";

import { storeBackends, useStoreBackend } from "../store/test-backends";
import { createRateLimiter } from "./rate-limit";

const signIn = { limit: 5, windowMs: 60_000, prefix: "sign-in" };

describe.each(storeBackends)("rate limiter over $name", (backend) => {
  const { connect } = useStoreBackend(backend);

  it("allows 5 attempts in a window and refuses the 6th with a Retry-After", async () => {
    const limiter = createRateLimiter(connect(), signIn);
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await limiter.check("203.0.113.7"));
    expect(results.map((result) => result.ok)).toEqual([true, true, true, true, true, false]);
    expect(results.map((result) => result.remaining)).toEqual([4, 3, 2, 1, 0, 0]);
    expect(results[0]?.retryAfterSeconds).toBe(0);
    expect(results[5]?.retryAfterSeconds).toBeGreaterThan(0);
    expect(results[5]?.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Other clients and other limits count apart.
    expect((await limiter.check("203.0.113.8")).ok).toBe(true);
    expect((await createRateLimiter(connect(), { ...signIn, prefix: "other" }).check("203.0.113.7")).ok).toBe(true);
  });

  it("allows again in a new window", async () => {
    const limiter = createRateLimiter(connect(), { ...signIn, limit: 1, windowMs: 50 });
    expect((await limiter.check("client")).ok).toBe(true);
    const refused = await limiter.check("client");
    expect(refused).toEqual({ ok: false, remaining: 0, retryAfterSeconds: 1 });
    await sleep(100);
    expect(await limiter.check("client")).toEqual({ ok: true, remaining: 0, retryAfterSeconds: 0 });
  });

  it("shares the count between instances over the same store", async () => {
    const [one, two] = [createRateLimiter(connect(), signIn), createRateLimiter(connect(), signIn)];
    for (let i = 0; i < 5; i++) expect((await (i % 2 ? one : two).check("203.0.113.7")).ok).toBe(true);
    expect((await one.check("203.0.113.7")).ok).toBe(false);
    expect((await two.check("203.0.113.7")).ok).toBe(false);
  });

  it("stores a hash of the client key, not the key", async () => {
    const store = connect();
    const increment = vi.spyOn(store, "increment");
    await createRateLimiter(store, signIn).check("203.0.113.7");
    const [key] = increment.mock.calls[0] ?? [];
    expect(key).toMatch(/^rate:sign-in:[A-Za-z0-9_-]{43}$/);
    expect(key).not.toContain("203.0.113.7");
  });
});
