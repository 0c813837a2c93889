import { beforeEach, describe, expect, it, vi } from "vitest";

import { UpstreamError } from "~/server/datagouv";

const upstream = vi.hoisted(() => ({ getReuse: vi.fn() }));
const invalidation = vi.hoisted(() => ({ invalidateTags: vi.fn() }));
vi.mock("~/server/datagouv", async (original) => ({ ...(await original()), getReuse: upstream.getReuse }));
vi.mock("./invalidation", () => invalidation);

const { changedReuse, updateEffect } = await import("./reuse-write");

const ID = "5f0000000000000000000001";
const reuse = (fields: Record<string, unknown> = {}) => ({
  id: ID,
  slug: "carte",
  private: false,
  deleted: null,
  organization: { id: "5f00000000000000000000aa" },
  owner: null,
  ...fields,
});

/** The reuse as data.gouv.fr answers it to its producer before the write. */
function reads(...answers: unknown[]) {
  for (const answer of answers) {
    if (answer instanceof Error) upstream.getReuse.mockRejectedValueOnce(answer);
    else upstream.getReuse.mockResolvedValueOnce(answer);
  }
}

describe("changedReuse", () => {
  beforeEach(() => {
    upstream.getReuse.mockReset();
    invalidation.invalidateTags.mockReset();
  });

  it("invalidates nothing, and says nothing to the front server, when a private draft is saved", async () => {
    reads(reuse({ private: true }));
    const resHeaders = new Headers();
    const saved = reuse({ private: true, title: "Nouveau" });
    expect(await changedReuse({ credential: "k", resHeaders }, ID, "content", async () => saved)).toBe(saved);
    expect(invalidation.invalidateTags).not.toHaveBeenCalled();
    expect(resHeaders.get("x-cache-invalidation")).toBeNull();
  });

  it("invalidates nothing when a private draft is deleted", async () => {
    reads(reuse({ private: true }));
    await changedReuse({ credential: "k" }, ID, "membership", async () => undefined, { deletes: true });
    expect(invalidation.invalidateTags).not.toHaveBeenCalled();
  });

  it("invalidates a public reuse's tags, here and in the answer's header for the front server", async () => {
    reads(reuse());
    const resHeaders = new Headers();
    await changedReuse({ credential: "k", resHeaders }, ID, "content", async () => reuse({ slug: "carte-2" }));
    const [tags, at] = invalidation.invalidateTags.mock.calls[0] ?? [];
    expect(tags).toEqual(expect.arrayContaining(["reuse:carte", "reuse:carte-2", `reuse:${ID}`]));
    expect(resHeaders.get("x-cache-invalidation")).toBe(`${String(at)} ${(tags as string[]).join(" ")}`);
  });

  it("invalidates what the public saw after a write that failed halfway, then fails", async () => {
    reads(reuse());
    const failing = changedReuse({ credential: "k" }, ID, "membership", () => Promise.reject(new Error("boom")));
    await expect(failing).rejects.toThrow("boom");
    expect(invalidation.invalidateTags.mock.calls[0]?.[0]).toContain("listings");
  });

  it("invalidates everywhere the reuse may be when data.gouv.fr does not say what it was", async () => {
    reads(new UpstreamError({ kind: "http", status: 503 }));
    await changedReuse({ credential: "k" }, ID, "content", async () => undefined);
    expect(invalidation.invalidateTags.mock.calls[0]?.[0]).toEqual(
      expect.arrayContaining(["listings", "home", "feed", "sitemap", "reuse-pages"]),
    );
  });
});

describe("changedReuse, more", () => {
  beforeEach(() => {
    upstream.getReuse.mockReset();
    invalidation.invalidateTags.mockReset();
  });

  it("does not wait long to know the reuse before the write: then it invalidates as if it were public", async () => {
    upstream.getReuse.mockReturnValueOnce(new Promise(() => undefined));
    const started = performance.now();
    await changedReuse({ credential: "k" }, ID, "content", async () => reuse());
    expect(performance.now() - started).toBeLessThan(2_500);
    expect(invalidation.invalidateTags.mock.calls[0]?.[0]).toEqual(expect.arrayContaining(["reuse:carte", "listings"]));
  });

  it("adds the tags a write gives only when the reuse is public (a badge: the list of kinds)", async () => {
    reads(reuse({ private: true }), reuse());
    await changedReuse({ credential: "k" }, ID, "membership", async () => undefined, { also: ["badge-kinds"] });
    await changedReuse({ credential: "k" }, ID, "membership", async () => undefined, { also: ["badge-kinds"] });
    expect(invalidation.invalidateTags).toHaveBeenCalledTimes(1);
    expect(invalidation.invalidateTags.mock.calls[0]?.[0]).toContain("badge-kinds");
  });
});

describe("updateEffect", () => {
  it("tells an edit of what cards show from a change of the lists that hold the reuse", () => {
    expect(updateEffect({ title: "a", description: "b", url: "https://x" })).toBe("content");
    expect(updateEffect({ title: "a", topic: "transport" })).toBe("membership");
    expect(updateEffect({ private: false })).toBe("membership");
  });
});
