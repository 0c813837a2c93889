import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";

import { appRouter } from "~/server/api/root";
import { createCallerFactory, createTRPCContext } from "~/server/api/trpc";
import { INVALIDATION_HEADER } from "~/server/cache/tags";
import { sandboxUrl, someDatasets } from "~/server/test/sandbox";
import { anonymous, signedInUser } from "~/server/test/session";

/** A new public reuse, so that no other test has its answers cached. */
async function newReuse(apiKey: string, title: string): Promise<{ id: string; slug: string }> {
  const response = await fetch(`${sandboxUrl}/api/1/reuses/`, {
    method: "POST",
    headers: { "X-API-KEY": apiKey, "Content-Type": "application/json" },
    body: JSON.stringify({
      title,
      description: "Une réutilisation à suivre.",
      type: "application",
      topic: "transport_and_mobility",
      url: `https://example.org/suivre-${Date.now()}-${Math.random()}`,
      datasets: await someDatasets(1),
    }),
  });
  return (await response.json()) as { id: string; slug: string };
}

describe("reuseFollow against the sandbox", () => {
  it("follows and unfollows, each twice as once; the state, the count, and the reuse's cached page data follow", async () => {
    const owner = await signedInUser("Auteur");
    const reuse = await newReuse(owner.apikey, "Réutilisation à suivre");
    const { caller, session } = await signedInUser("Abonnée");
    const slug = reuse.slug;
    expect((await anonymous.reuses.get({ slug })).metrics.followers).toBe(0);
    expect(await caller.reuseFollow.state({ slug })).toEqual({ following: false });

    expect(await caller.reuseFollow.set({ slug, following: true })).toEqual({ following: true, followers: 1 });
    expect(await caller.reuseFollow.set({ slug, following: true })).toEqual({ following: true, followers: 1 });
    expect(await caller.reuseFollow.state({ slug })).toEqual({ following: true });
    // The page's reuse, cached for everyone before, says it at once.
    expect((await anonymous.reuses.get({ slug })).metrics.followers).toBe(1);
    expect(session.userId).toMatch(/^[0-9a-f]{24}$/);

    expect(await caller.reuseFollow.set({ slug, following: false })).toEqual({ following: false, followers: 0 });
    expect((await caller.reuseFollow.set({ slug, following: false })).following).toBe(false);
    expect(await caller.reuseFollow.state({ slug })).toEqual({ following: false });
    expect((await anonymous.reuses.get({ slug })).metrics.followers).toBe(0);
  });

  it("tells the front server's page cache which pages to drop (by the reuse's id and slug)", async () => {
    const owner = await signedInUser("Autrice");
    const reuse = await newReuse(owner.apikey, "Réutilisation suivie");
    const { session } = await signedInUser("Abonné");
    const resHeaders = new Headers();
    const caller = createCallerFactory(appRouter)(createTRPCContext({ getSession: async () => session, resHeaders }));
    await caller.reuseFollow.set({ slug: reuse.slug, following: true });
    const header = resHeaders.get(INVALIDATION_HEADER) ?? "";
    expect(header).toContain(reuse.id);
    expect(header).toContain(reuse.slug);
  });

  it("is for signed-in visitors: UNAUTHORIZED otherwise", async () => {
    const failure = await anonymous.reuseFollow.state({ slug: "mybus" }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TRPCError);
    expect((failure as TRPCError).code).toBe("UNAUTHORIZED");
    const write = await anonymous.reuseFollow.set({ slug: "mybus", following: true }).catch((error: unknown) => error);
    expect((write as TRPCError).code).toBe("UNAUTHORIZED");
  });
});
