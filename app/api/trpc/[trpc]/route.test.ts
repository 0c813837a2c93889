import { describe, expect, it, vi } from "vitest";

import { MAX_BATCH_SIZE } from "~/components/trpc/batch";
import { GET, POST } from "./route";

// The session is read with next/headers, which needs a Next.js request: here the cookie's session is unknown.
vi.mock("~/server/auth/session", () => ({ readSessionCookie: async () => null }));

const SITE = "http://localhost:3000";

function batchOf(count: number) {
  const paths = Array.from({ length: count }, () => "reuses.suggest").join(",");
  const inputs = Object.fromEntries(Array.from({ length: count }, (_, index) => [index, { json: { q: "x" } }]));
  return new Request(`${SITE}/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`);
}

describe("/api/trpc", () => {
  it("refuses a batch of more than MAX_BATCH_SIZE calls as a whole, in JSON", async () => {
    const response = await GET(batchOf(MAX_BATCH_SIZE + 1));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ error: { json: { data: { code: "BAD_REQUEST" } } } });
  });

  it("answers a batch of MAX_BATCH_SIZE calls call by call (here: each input refused)", async () => {
    const response = await GET(batchOf(MAX_BATCH_SIZE));
    const answers = (await response.json()) as unknown[];
    expect(answers).toHaveLength(MAX_BATCH_SIZE);
  });

  it("answers a body it cannot read in JSON", async () => {
    const response = await POST(
      new Request(`${SITE}/api/trpc/account.profile.update`, {
        method: "POST",
        headers: { origin: SITE, "content-type": "text/html" },
        body: '<script>alert("fz1")</script>',
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  });
});

describe("/api/trpc: Cache-Control", () => {
  const refusedQuery = `${SITE}/api/trpc/reuses.suggest?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`;
  const protectedQuery = `${SITE}/api/trpc/account.profile.get`;
  const mutation = (origin: string, cookie?: string) =>
    new Request(`${SITE}/api/trpc/account.apiKey.regenerate`, {
      method: "POST",
      headers: { origin, "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    });

  it.each([
    ["the session cookie", "next-auth.session-token=abc"],
    ["the session cookie beside others", "theme=sombre; next-auth.session-token=abc; autre=1"],
    ["a chunk of the session cookie", "next-auth.session-token.0=abc"],
  ])("answers a request with %s private, no-store, whatever the procedure and outcome", async (_what, cookie) => {
    for (const url of [refusedQuery, protectedQuery, batchOf(MAX_BATCH_SIZE + 1).url]) {
      const response = await GET(new Request(url, { headers: { cookie } }));
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
    }
  });

  it("answers every mutation private, no-store, refused or not", async () => {
    for (const request of [
      mutation(SITE, "next-auth.session-token=abc"),
      mutation(SITE),
      mutation("https://evil.example"),
    ]) {
      expect((await POST(request)).headers.get("cache-control")).toBe("private, no-store");
    }
  });

  it("leaves anonymous queries as they were, other cookies included", async () => {
    for (const headers of [new Headers(), new Headers({ cookie: "theme=sombre; next-auth.session-tokenx=1" })]) {
      const response = await GET(new Request(refusedQuery, { headers }));
      expect(response.status).toBe(400);
      expect(response.headers.get("cache-control")).toBeNull();
    }
  });
});
