import { describe, expect, it } from "vitest";
import { MaskError, applyMask, parseMask } from "./mask";

const reuse = {
  id: "1",
  title: "T",
  organization: { name: "Org", slug: "org", logo: null },
  owner: null,
  datasets: [{ id: "d", title: "D", resources: [] }],
};

describe("X-Fields masks", () => {
  it("keeps flat fields and skips unknown ones", () => {
    expect(applyMask(reuse, parseMask("id, title,unknown"))).toEqual({ id: "1", title: "T" });
  });

  it("masks nested objects, lists of objects and nulls", () => {
    const mask = parseMask("data{id,organization{name},owner{slug},datasets{title}},total");
    expect(applyMask({ data: [reuse], total: 1, page: 1 }, mask)).toEqual({
      data: [{ id: "1", organization: { name: "Org" }, owner: null, datasets: [{ title: "D" }] }],
      total: 1,
    });
  });

  it("keeps every other field with *, and accepts a mask wrapped in braces", () => {
    expect(applyMask(reuse, parseMask("{organization{slug},*}"))).toEqual({ ...reuse, organization: { slug: "org" } });
  });

  it("rejects unbalanced masks", () => {
    expect(() => parseMask("data{id")).toThrow(MaskError);
    expect(() => parseMask("id}")).toThrow("Unexpected closing bracket");
    expect(() => parseMask("{id},{x}")).toThrow(MaskError);
  });
});
