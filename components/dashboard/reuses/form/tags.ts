import type { ValidationKey } from "~/lib/i18n/validation";
import { MAX_TAGS, TAG_MIN } from "~/lib/reuses/reuse-form-schema";
import { tagSlug } from "~/lib/reuses/tag-slug";
import { REUSE_TAG_MAX } from "~/lib/udata/reuse-limits";

/** Adds what was typed to the tags: the new list, or why not (a `validation` key, naming the tag). */
export function addTag(
  tags: readonly string[],
  typed: string,
): { tags: string[] } | { error: ValidationKey; tag: string } {
  const tag = tagSlug(typed);
  if (tag.length < TAG_MIN) return { error: "tagTooShort", tag };
  if (tag.length > REUSE_TAG_MAX) return { error: "tagTooLong", tag };
  if (tags.includes(tag)) return { error: "tagAlreadyListed", tag };
  if (tags.length >= MAX_TAGS) return { error: "tooManyTags", tag };
  return { tags: [...tags, tag] };
}
