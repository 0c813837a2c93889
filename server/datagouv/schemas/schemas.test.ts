import { describe, expect, it } from "vitest";
import { z } from "zod";

import { sandboxData } from "../test-utils";
import { page } from "./common";
import { communityResourceSchema } from "./community-resource";
import { datasetSchema, resourceSchema } from "./dataset";
import { discussionSchema } from "./discussion";
import { organizationSchema } from "./organization";
import { reuseSchema } from "./reuse";

const record = z.record(z.string(), z.unknown());
const fixtureEntry = z.object({
  dataset: record,
  organization: record.nullable(),
  resources: z.array(record),
  reuses: z.array(record),
  community_resources: z.array(record),
  discussions: z.array(record),
});
const fixtures = z.array(fixtureEntry).parse(sandboxData("udata-fixtures-2024-11-21.json"));

/** Distinct objects by id, as the same reuse or organization appears under several datasets. */
function distinct(objects: Record<string, unknown>[]): Record<string, unknown>[] {
  return [...new Map(objects.map((object) => [String(object.id), object])).values()];
}

/** Parses every object and reports the failures with their ids, so a failing fixture is named. */
function failures(schema: z.ZodType, objects: Record<string, unknown>[]) {
  return objects.flatMap((object) => {
    const result = schema.safeParse(object);
    return result.success ? [] : [{ id: object.id, issues: result.error.issues.slice(0, 3) }];
  });
}

describe("the 2024 fixtures (real API v1 answers)", () => {
  const reuses = distinct(fixtures.flatMap((entry) => entry.reuses));

  it("has the 83 distinct reuses, and every one parses", () => {
    expect(reuses).toHaveLength(83);
    expect(failures(reuseSchema, reuses)).toEqual([]);
  });

  it("keeps the nulls real data has", () => {
    const parsed = reuses.map((reuse) => reuseSchema.parse(reuse));
    expect(parsed.some((reuse) => reuse.featured === null)).toBe(true);
    expect(parsed.some((reuse) => reuse.organization === null && reuse.owner !== null)).toBe(true);
    expect(parsed.some((reuse) => reuse.owner === null)).toBe(true);
    expect(parsed.some((reuse) => reuse.organization?.acronym === null)).toBe(true);
  });

  it("parses every dataset, organization, resource, community resource and discussion", () => {
    expect(
      failures(
        datasetSchema,
        fixtures.map((entry) => entry.dataset),
      ),
    ).toEqual([]);
    const organizations = distinct(fixtures.flatMap((entry) => (entry.organization ? [entry.organization] : [])));
    expect(organizations.length).toBeGreaterThan(0);
    expect(failures(organizationSchema, organizations)).toEqual([]);
    expect(
      failures(
        resourceSchema,
        fixtures.flatMap((entry) => entry.resources),
      ),
    ).toEqual([]);
    expect(
      failures(
        communityResourceSchema,
        fixtures.flatMap((entry) => entry.community_resources),
      ),
    ).toEqual([]);
    expect(
      failures(
        discussionSchema,
        fixtures.flatMap((entry) => entry.discussions),
      ),
    ).toEqual([]);
  });
});

describe("the 2026 reuse list excerpt (today's shape)", () => {
  const excerpt = z
    .object({ body: z.object({ data: z.array(record) }).loose() })
    .parse(sandboxData("samples/reuses-list-2026-excerpt.json"));
  // The excerpt replaced each reuse's `datasets` by `datasets__EXCERPTED` ({id, slug, title}), and the fixture's
  // author redacted `metrics` as "[redacted]". The schema is not loosened for either: the test puts the
  // datasets back under their name and gives each reuse a realistic metrics object instead.
  const body = {
    ...excerpt.body,
    data: excerpt.body.data.map(({ datasets__EXCERPTED, metrics, ...reuse }) => ({
      ...reuse,
      datasets: datasets__EXCERPTED,
      metrics: metrics === "[redacted]" ? { datasets: 2, discussions: 0, followers: 3, views: 412 } : metrics,
    })),
  };

  it("parses as a page of reuses, every reuse included", () => {
    expect(body.data.length).toBeGreaterThan(0);
    expect(failures(reuseSchema, body.data)).toEqual([]);
    const parsed = page(reuseSchema).parse(body);
    expect(parsed.previous_page).toBeNull();
    expect(parsed.data.map((reuse) => reuse.archived)).toEqual(body.data.map(() => null));
    expect(parsed.data.some((reuse) => reuse.owner === null && reuse.organization !== null)).toBe(true);
    expect(parsed.data[0]?.permissions).toEqual({ delete: false, edit: false });
  });

  it("does not fail on a new type, a new topic or unknown extra keys", () => {
    const [first] = body.data;
    const future = { ...first, type: "podcast", topic: "space", brand_new_field: { nested: true } };
    const parsed = reuseSchema.parse(future);
    expect(parsed).toMatchObject({ type: "podcast", topic: "space" });
    expect(parsed).not.toHaveProperty("brand_new_field");
  });

  it("still refuses an answer that is not a reuse", () => {
    expect(reuseSchema.safeParse({ ...body.data[0], title: null }).success).toBe(false);
    expect(reuseSchema.safeParse({ ...body.data[0], metrics: "[redacted]" }).success).toBe(false);
  });
});

describe("the 2025 samples", () => {
  it("parses the dataset and the organization", () => {
    expect(datasetSchema.safeParse(sandboxData("samples/dataset.json")).error).toBeUndefined();
    expect(organizationSchema.safeParse(sandboxData("samples/organization.json")).error).toBeUndefined();
  });
});
