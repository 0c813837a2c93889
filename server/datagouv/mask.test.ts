import { describe, expect, it } from "vitest";
import { z } from "zod";

import { fieldsMask } from "./mask";
import { page } from "./schemas/common";
import { organizationRefSchema } from "./schemas/organization";
import { reuseSchema } from "./schemas/reuse";

describe("fieldsMask", () => {
  it("derives a nested page mask from the item schema", () => {
    const card = z.object({
      id: z.string(),
      title: z.string(),
      organization: organizationRefSchema.pick({ name: true, slug: true }).nullable(),
    });
    expect(fieldsMask(page(card))).toBe(
      "data{id,title,organization{name,slug}},total,page,page_size,next_page,previous_page",
    );
  });

  it("works on picks of the real schemas, through lists and optional/nullable/default wrappers", () => {
    const item = reuseSchema.pick({ id: true, datasets: true, owner: true, archived: true }).extend({
      datasets: reuseSchema.shape.datasets.unwrap().pick({ id: true, title: true }).array().optional(),
      owner: z.object({ slug: z.string() }).nullable().optional().default(null),
    });
    expect(fieldsMask(item)).toBe("id,datasets{id,title},owner{slug},archived");
  });

  it("requests records, scalars, empty objects and scalar unions whole", () => {
    const schema = z.object({
      extras: z.record(z.string(), z.unknown()),
      tags: z.array(z.string()),
      nothing: z.object({}),
      mixed: z.union([z.string(), z.object({ a: z.string() })]),
    });
    expect(fieldsMask(schema)).toBe("extras,tags,nothing,mixed");
  });

  it("merges the keys of a union of objects and follows pipes and lazy schemas", () => {
    const schema = z.object({
      either: z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]),
      piped: z.object({ c: z.string() }).transform((value) => value.c),
      lazy: z.lazy(() => z.object({ d: z.string() })),
    });
    expect(fieldsMask(schema)).toBe("either{a,b},piped{c},lazy{d}");
  });

  it("stops at a recursive schema instead of looping", () => {
    interface Node {
      name: string;
      child?: Node;
    }
    const node: z.ZodType<Node> = z.lazy(() => z.object({ name: z.string(), child: node.optional() }));
    const mask = fieldsMask(z.object({ root: node }));
    expect(mask.startsWith("root{name,child{name,child{")).toBe(true);
  });

  it("refuses a key that would break the mask syntax", () => {
    expect(() => fieldsMask(z.object({ "a,b": z.string() }))).toThrow("udata field name");
  });
});
