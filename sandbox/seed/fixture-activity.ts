import { type JsonObject, arrayAt, isObject, nullableStringAt, objectAt, omit, stringAt } from "../json";
import { type SeedBuilder } from "./builder";
import { organizationFromRef, refAt, userFromRef } from "./fixture-refs";

/** The fixtures' discussions and community resources, their people and organizations as records. */
export function addDiscussion(builder: SeedBuilder, source: JsonObject): void {
  const subject = objectAt(source, "subject");
  builder.discussions.push({
    id: stringAt(source, "id"),
    subject: { class: stringAt(subject, "class"), id: stringAt(subject, "id") },
    title: stringAt(source, "title"),
    user: userFromRef(builder, refAt(source, "user")),
    created: stringAt(source, "created"),
    closed: nullableStringAt(source, "closed"),
    closed_by: userFromRef(builder, refAt(source, "closed_by")),
    messages: arrayAt(source, "discussion")
      .filter(isObject)
      .map((message) => ({
        content: stringAt(message, "content"),
        posted_by: userFromRef(builder, refAt(message, "posted_by")),
        posted_on: stringAt(message, "posted_on"),
      })),
    extras: objectAt(source, "extras"),
  });
}

export function addCommunityResource(builder: SeedBuilder, source: JsonObject): void {
  builder.communityResources.push({
    id: stringAt(source, "id"),
    dataset: stringAt(objectAt(source, "dataset"), "id"),
    organization: organizationFromRef(builder, refAt(source, "organization")),
    owner: userFromRef(builder, refAt(source, "owner")),
    fields: omit(source, ["id", "dataset", "organization", "owner", "latest"]),
  });
}
