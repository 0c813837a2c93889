import { reuseSlugSchema } from "~/lib/udata/vocabulary";

/**
 * The reuse an address names: `https://…/reuses/<slug>` (this site's or data.gouv.fr's page), a path, or a bare
 * slug or id. Null when nothing can be a reuse there: what `producerReuses.idOf` would refuse (udata's slugs are
 * lower-case).
 */
export function reuseFromAddress(address: string): string | null {
  const text = address.trim();
  if (!text) return null;
  // Relative to any base: a full address, a path or a slug alike, without the query and the fragment.
  const segments = new URL(text, "https://base.invalid").pathname.split("/").filter(Boolean);
  const afterReuses = segments.indexOf("reuses");
  const candidate = afterReuses >= 0 ? segments[afterReuses + 1] : segments.length === 1 ? segments[0] : undefined;
  return candidate && reuseSlugSchema.safeParse(candidate).success ? candidate : null;
}
