/**
 * A tag as udata stores it: a slug ("Vélo électrique" is `velo-electrique`). The listing's tag filter and the
 * producer's tags input both use it: a tag in another form matches nothing upstream.
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
