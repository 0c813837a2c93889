import { afterAll, describe, expect, it, vi } from "vitest";

import { sqliteBackend } from "../store/test-backends";

const backend = sqliteBackend.create();
const store = backend.connect();
vi.mock("../store", () => ({ getStore: () => store }));
afterAll(() => backend.dispose());

const { rememberReuseIds, reuseIdOf } = await import("./reuse-ids");

describe("the slug→id map", () => {
  it("learns the ids of a reuse, of a page of them and of a list, and knows no other slug", async () => {
    await rememberReuseIds({ id: "a".repeat(24), slug: "une-carte", title: "Une carte" });
    await rememberReuseIds({ data: [{ id: "b".repeat(24), slug: "un-tableau" }], total: 1 });
    await rememberReuseIds([{ id: "c".repeat(24), slug: "une-api" }, { slug: "sans-id" }, null]);
    expect(await reuseIdOf("une-carte")).toBe("a".repeat(24));
    expect(await reuseIdOf("un-tableau")).toBe("b".repeat(24));
    expect(await reuseIdOf("une-api")).toBe("c".repeat(24));
    expect(await reuseIdOf("sans-id")).toBeNull();
  });

  it("follows a renamed reuse: its new slug gets the same id", async () => {
    await rememberReuseIds({ id: "d".repeat(24), slug: "nouveau-nom" });
    expect(await reuseIdOf("nouveau-nom")).toBe("d".repeat(24));
  });
});
