import { describe, expect, it } from "vitest";

import { MAX_BATCH_SIZE } from "~/components/trpc/batch";
import { GET, POST } from "./route";

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
