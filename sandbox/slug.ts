/** udata-like slugs: lower case ASCII words joined by dashes, at most 255 characters. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 255)
    .replace(/^-+|-+$/g, "");
}

/** `base`, or `base-1`, `base-2`... the first one not taken, as udata does. */
export function uniqueSlug(text: string, isTaken: (slug: string) => boolean): string {
  const base = slugify(text) || "sans-titre";
  let slug = base;
  for (let n = 1; isTaken(slug); n += 1) slug = `${base}-${n}`;
  return slug;
}
