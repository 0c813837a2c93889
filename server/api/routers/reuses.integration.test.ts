import { TRPCError } from "@trpc/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { control, upstreamRequests } from "~/server/test/sandbox";
import { appRouter } from "../root";
import { createCallerFactory, createTRPCContext } from "../trpc";

// An anonymous caller, as the public pages use it. Answers are cached (server/cache) for the whole run: each
// test that counts upstream requests or injects a fault asks for pages no other test asks for.
const caller = createCallerFactory(appRouter)(createTRPCContext({ getSession: async () => null }));

beforeEach(() => control("DELETE", "requests"));
afterEach(() => control("DELETE", "faults"));

describe("reuses.list against the sandbox", () => {
  it("gives the 20 newest public reuses, newest first, in one anonymous masked request", async () => {
    const page = await caller.reuses.list({ page: 1 });

    expect(page.data).toHaveLength(20);
    expect(page.total).toBeGreaterThan(3000);
    const dates = page.data.map((reuse) => reuse.created_at);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(page.data[0]).toEqual(
      expect.objectContaining({ id: expect.stringMatching(/^[0-9a-f]{24}$/), slug: expect.any(String) }),
    );
    // Only the masked fields come back: no description, no embedded datasets.
    expect(Object.keys(page.data[0] ?? {})).not.toContain("description");

    const requests = await upstreamRequests();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      method: "GET",
      path: "/api/1/reuses/",
      withKey: false,
      status: 200,
      query: { page: "1", page_size: "20", sort: "-created" },
    });
  });

  it("gives the next 20 on page 2, none of them on page 1", async () => {
    const [first, second] = await Promise.all([caller.reuses.list({ page: 1 }), caller.reuses.list({ page: 2 })]);
    const firstIds = new Set(first.data.map((reuse) => reuse.id));
    expect(second.data).toHaveLength(20);
    expect(second.data.some((reuse) => firstIds.has(reuse.id))).toBe(false);
    expect(second.data[0]?.created_at.localeCompare(first.data.at(-1)?.created_at ?? "")).toBeLessThanOrEqual(0);
  });

  it.each([0, -1, 1.5, 1001])("refuses page %s before any upstream call", async (page) => {
    await expect(caller.reuses.list({ page })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await upstreamRequests()).toHaveLength(0);
  });

  it("serves the next visitor from the shared cache, without asking upstream", async () => {
    const first = await caller.reuses.list({ page: 5 });
    await control("DELETE", "requests");
    expect(await caller.reuses.list({ page: 5 })).toEqual(first);
    expect(await upstreamRequests()).toHaveLength(0);
  });

  it("maps an upstream outage to SERVICE_UNAVAILABLE with a French message", async () => {
    await control("POST", "faults", { status: 503 });
    const error = await caller.reuses.list({ page: 7 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      message: "data.gouv.fr est indisponible pour le moment.",
    });
    // One retry of an idempotent read, no more.
    expect(await upstreamRequests()).toHaveLength(2);
  });
});

describe("reuses.types against the sandbox", () => {
  it("gives every type with its French label", async () => {
    const types = await caller.reuses.types();
    expect(types).toContainEqual({ id: "application", label: "Application" });
    expect(types).toContainEqual({ id: "news_article", label: "Article de presse" });
  });
});
