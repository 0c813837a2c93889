import { tagSlug } from "~/lib/reuses/tag-slug";

import { MAX_TAGS, TAG_MIN } from "~/lib/reuses/reuse-form-schema";
import { REUSE_TAG_MAX } from "~/lib/udata/reuse-limits";

/** Adds what was typed to the tags: the new list, or why not (in French). */
export function addTag(tags: readonly string[], typed: string): { tags: string[] } | { error: string } {
  const tag = tagSlug(typed);
  if (tag.length < TAG_MIN) return { error: `Un mot-clé compte au moins ${TAG_MIN} lettres ou chiffres.` };
  if (tag.length > REUSE_TAG_MAX) return { error: `Un mot-clé compte au plus ${REUSE_TAG_MAX} caractères.` };
  if (tags.includes(tag)) return { error: `Le mot-clé « ${tag} » est déjà dans la liste.` };
  if (tags.length >= MAX_TAGS) return { error: `${MAX_TAGS} mots-clés au plus.` };
  return { tags: [...tags, tag] };
}
