import { type JsonObject, arrayAt, isObject, nullableStringAt, stringAt } from "../json";
import { type Badge, type OrganizationRecord } from "../model";
import { type SeedBuilder } from "./builder";
import { hashDate } from "./hash";
import { placeholderPath } from "./paths";

/** Turns the references embedded in the fixtures (users, organizations) into records of the builder. */
export function refAt(source: JsonObject, key: string): JsonObject | null {
  const value = source[key];
  return isObject(value) ? value : null;
}

export function userFromRef(builder: SeedBuilder, ref: JsonObject | null): string | null {
  if (!ref || !stringAt(ref, "id")) return null;
  const id = stringAt(ref, "id");
  builder.addUser({
    id,
    slug: stringAt(ref, "slug") || undefined,
    first_name: stringAt(ref, "first_name"),
    last_name: stringAt(ref, "last_name"),
    avatar: ref.avatar ? placeholderPath("users", id) : null,
    since: hashDate(2014, 2023, "user-since", id),
  });
  return id;
}

export function badgesAt(source: JsonObject): Badge[] {
  return arrayAt(source, "badges")
    .filter(isObject)
    .map((badge) => ({ kind: stringAt(badge, "kind") }));
}

/** An organization known only by a reference gets the reference's fields and empty metrics. */
export function organizationFromRef(builder: SeedBuilder, ref: JsonObject | null): string | null {
  if (!ref || !stringAt(ref, "id")) return null;
  const id = stringAt(ref, "id");
  if (builder.organizations.has(id)) return id;
  const created = hashDate(2014, 2024, "organization-created", id);
  const organization: OrganizationRecord = {
    id,
    name: stringAt(ref, "name"),
    acronym: nullableStringAt(ref, "acronym"),
    slug: stringAt(ref, "slug") || id,
    description: "",
    url: null,
    logo: ref.logo ? placeholderPath("organizations", id) : null,
    badges: badgesAt(ref),
    business_number_id: null,
    created_at: created,
    last_modified: created,
    deleted: null,
    extras: {},
    metrics: { followers: 0, views: 0 },
    members: [],
  };
  builder.organizations.set(id, organization);
  return id;
}
