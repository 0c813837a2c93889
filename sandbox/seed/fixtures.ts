import {
  type Json,
  type JsonObject,
  arrayAt,
  isObject,
  nullableStringAt,
  numberAt,
  objectAt,
  omit,
  stringAt,
} from "../json";
import { type DatasetRecord, type OrganizationRecord, type ReuseRecord } from "../model";
import { type SeedBuilder } from "./builder";
import { addCommunityResource, addDiscussion } from "./fixture-activity";
import { badgesAt, organizationFromRef, refAt, userFromRef } from "./fixture-refs";
import { objectId } from "./hash";
import { placeholderPath } from "./paths";

/** Reads the real fixtures (15 datasets with their organization, reuses, discussions...) into the builder. */

function organizationFromFixture(builder: SeedBuilder, source: JsonObject): OrganizationRecord {
  const id = stringAt(source, "id");
  const metrics = objectAt(source, "metrics");
  return {
    id,
    name: stringAt(source, "name"),
    acronym: nullableStringAt(source, "acronym"),
    slug: stringAt(source, "slug"),
    description: stringAt(source, "description"),
    url: nullableStringAt(source, "url"),
    logo: source.logo ? placeholderPath("organizations", id) : null,
    badges: badgesAt(source),
    business_number_id: nullableStringAt(source, "business_number_id"),
    created_at: stringAt(source, "created_at"),
    last_modified: stringAt(source, "last_modified"),
    deleted: nullableStringAt(source, "deleted"),
    extras: objectAt(source, "extras"),
    metrics: { followers: numberAt(metrics, "followers"), views: numberAt(metrics, "views") },
    members: arrayAt(source, "members")
      .filter(isObject)
      .map((member) => ({
        user: userFromRef(builder, refAt(member, "user")) ?? "",
        role: stringAt(member, "role") === "admin" ? ("admin" as const) : ("editor" as const),
        since: stringAt(member, "since"),
      }))
      .filter((member) => member.user),
  };
}

/** Fields the record keeps apart (links, URLs) or that today's API no longer has. */
const DATASET_OWN_KEYS = [
  "id",
  "slug",
  "title",
  "organization",
  "owner",
  "private",
  "deleted",
  "page",
  "uri",
  "contact_point",
];

function datasetFromFixture(
  builder: SeedBuilder,
  source: JsonObject,
  organization: string,
  resources: Json[],
): DatasetRecord {
  return {
    id: stringAt(source, "id"),
    slug: stringAt(source, "slug"),
    title: stringAt(source, "title"),
    organization,
    owner: userFromRef(builder, refAt(source, "owner")),
    private: source.private === true,
    deleted: nullableStringAt(source, "deleted"),
    // Today's datasets have contact_points, description_short and featured (see samples/dataset.json).
    fields: { contact_points: [], description_short: null, featured: false, ...omit(source, DATASET_OWN_KEYS) },
    resources: resources.filter(isObject).map((resource) => omit(resource, ["latest"])),
  };
}

/** The fixtures' reuses reference datasets by URL only: the slug is the last segment of `uri`. */
function datasetIdOfRef(builder: SeedBuilder, ref: JsonObject, idsBySlug: Map<string, string>): string {
  const slug = stringAt(ref, "uri").split("/").filter(Boolean).pop() ?? "";
  const known = idsBySlug.get(slug);
  if (known) return known;
  const id = objectId("dataset", slug);
  builder.datasetReferences.set(id, { title: stringAt(ref, "title"), slug });
  return id;
}

function reuseFromFixture(builder: SeedBuilder, source: JsonObject, idsBySlug: Map<string, string>): ReuseRecord {
  const id = stringAt(source, "id");
  const metrics = objectAt(source, "metrics");
  return {
    id,
    slug: stringAt(source, "slug"),
    former_slugs: [],
    title: stringAt(source, "title"),
    description: stringAt(source, "description"),
    type: stringAt(source, "type"),
    topic: stringAt(source, "topic") || "others",
    url: stringAt(source, "url"),
    tags: arrayAt(source, "tags").filter((tag): tag is string => typeof tag === "string"),
    datasets: arrayAt(source, "datasets")
      .filter(isObject)
      .map((ref) => datasetIdOfRef(builder, ref, idsBySlug)),
    dataservices: [],
    organization: organizationFromRef(builder, refAt(source, "organization")),
    owner: userFromRef(builder, refAt(source, "owner")),
    image: source.image ? placeholderPath("reuses", id) : null,
    private: source.private === true,
    deleted: nullableStringAt(source, "deleted"),
    archived: null,
    featured: source.featured === true ? true : null,
    badges: badgesAt(source),
    created_at: stringAt(source, "created_at"),
    last_modified: stringAt(source, "last_modified"),
    extras: objectAt(source, "extras"),
    metrics: {
      discussions: numberAt(metrics, "discussions"),
      followers: numberAt(metrics, "followers"),
      views: numberAt(metrics, "views"),
    },
  };
}

export function addFixtures(builder: SeedBuilder, entries: Json[]): void {
  const fixtures = entries.filter(isObject);
  const idsBySlug = new Map<string, string>();
  for (const entry of fixtures) {
    const organization = organizationFromFixture(builder, objectAt(entry, "organization"));
    builder.organizations.set(organization.id, organization);
    const dataset = datasetFromFixture(
      builder,
      objectAt(entry, "dataset"),
      organization.id,
      arrayAt(entry, "resources"),
    );
    builder.datasets.set(dataset.id, dataset);
    idsBySlug.set(dataset.slug, dataset.id);
  }
  for (const entry of fixtures) {
    for (const reuse of arrayAt(entry, "reuses").filter(isObject)) {
      const record = reuseFromFixture(builder, reuse, idsBySlug);
      builder.reuses.set(record.id, record);
    }
    for (const discussion of arrayAt(entry, "discussions").filter(isObject)) addDiscussion(builder, discussion);
    for (const resource of arrayAt(entry, "community_resources").filter(isObject))
      addCommunityResource(builder, resource);
  }
}
