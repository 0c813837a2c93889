import { MAX_TAGS, TAG_MAX, TAG_MIN } from "./schema";

/**
 * A tag as udata stores it: a slug ("Vélo électrique" becomes `velo-electrique`), so that the form shows what
 * the reuse will carry. (server/api/routers/reuses-input.ts has the same rule for the listing's filters, but
 * it is a server module.)
 */
export function tagSlug(tag: string): string {
  return tag
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Adds what was typed to the tags: the new list, or why not (in French). */
export function addTag(tags: readonly string[], typed: string): { tags: string[] } | { error: string } {
  const tag = tagSlug(typed);
  if (tag.length < TAG_MIN) return { error: `Un mot-clé compte au moins ${TAG_MIN} lettres ou chiffres.` };
  if (tag.length > TAG_MAX) return { error: `Un mot-clé compte au plus ${TAG_MAX} caractères.` };
  if (tags.includes(tag)) return { error: `Le mot-clé « ${tag} » est déjà dans la liste.` };
  if (tags.length >= MAX_TAGS) return { error: `${MAX_TAGS} mots-clés au plus.` };
  return { tags: [...tags, tag] };
}
