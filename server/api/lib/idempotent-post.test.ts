import { afterAll, describe, expect, it, vi } from "vitest";

import { sqliteBackend } from "~/server/store/test-backends";

const backend = sqliteBackend.create();
const store = backend.connect();
vi.mock("~/server/store", () => ({ getStore: () => store }));
afterAll(() => backend.dispose());

const { idempotentPost } = await import("./idempotent-post");

const timeout = () => Promise.reject(new Error("timed out"));

describe("idempotentPost", () => {
  it("answers a retry of a post that succeeded with its result, without sending it again", async () => {
    const send = vi.fn(async () => "d1");
    const find = vi.fn(async () => null);
    const scope = ["user", "request-1", "text"];
    expect(await idempotentPost({ scope, send, find })).toBe("d1");
    expect(await idempotentPost({ scope, send, find })).toBe("d1");
    expect(send).toHaveBeenCalledTimes(1);
    expect(find).not.toHaveBeenCalled();
  });

  it("finds upstream the post whose answer was lost (a timeout) instead of sending it twice", async () => {
    const scope = ["user", "request-2", "text"];
    await expect(idempotentPost({ scope, send: timeout, find: async () => null })).rejects.toThrow("timed out");
    const send = vi.fn(async () => "twice");
    const find = vi.fn(async (since: number) => (since < Date.now() ? "d2" : null));
    expect(await idempotentPost({ scope, send, find })).toBe("d2");
    expect(send).not.toHaveBeenCalled();
    // Found once, it is remembered: no more looking.
    expect(await idempotentPost({ scope, send, find })).toBe("d2");
    expect(find).toHaveBeenCalledTimes(1);
  });

  it("sends again a post that failed without reaching data.gouv.fr, and keeps apart other submissions", async () => {
    const scope = ["user", "request-3", "text"];
    await expect(idempotentPost({ scope, send: timeout, find: async () => null })).rejects.toThrow();
    expect(await idempotentPost({ scope, send: async () => "d3", find: async () => null })).toBe("d3");
    expect(
      await idempotentPost({ scope: ["user", "request-4", "text"], send: async () => "d4", find: async () => null }),
    ).toBe("d4");
  });
});
