import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";
import { z } from "zod";

/**
 * The Next.js minor version (any patch) whose pages framework-scripts.ts, deferred-hydration.ts and csp.ts were
 * checked against (their script tags, read in the built app's pages). e2e/next-script-tags.spec.ts checks real
 * pages; this test makes an upgrade stop here first, so that someone reads those files before it ships.
 */
const CHECKED_AGAINST = "16.4";

const installed = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(path.join(import.meta.dirname, "../../node_modules/next/package.json"), "utf8")));

describe("the front server's handling of Next.js's scripts", () => {
  it("was checked against the installed Next.js", () => {
    expect(
      installed.version.split(".").slice(0, 2).join("."),
      `Next.js ${installed.version} is installed, but the front server's handling of its script tags was ` +
        `checked against ${CHECKED_AGAINST}.x. Next.js may have changed its script tags: review ` +
        `server/http/framework-scripts.ts, deferred-hydration.ts and csp.ts against the new version's pages, run ` +
        `e2e/next-script-tags.spec.ts, then update CHECKED_AGAINST in server/http/framework-scripts.test.ts.`,
    ).toBe(CHECKED_AGAINST);
  });
});
