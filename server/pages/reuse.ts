import "server-only";

import { permanentRedirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { cache } from "react";

import { pageData } from "./page-data";
import { api } from "~/server/api/rsc";
import type { Locale } from "~/lib/i18n/locales";
import { localizedPath } from "~/lib/i18n/paths";
import { reusePath } from "~/lib/site-urls";
import { reuseSlugSchema } from "~/lib/udata/vocabulary";

/**
 * The reuse of a page and the type, topic and badge labels (in the page's language), or why not. One upstream call for the reuse (the labels
 * are cached for a day), shared by the page, its metadata and its sub-pages within a request (React `cache`)
 * and between visitors (`publicRead`). A slug that cannot be one is a 404 without any call.
 */
/** Badges are a distinction, not the page: without their list, the page shows none rather than failing. */
async function badgeKinds(locale: Locale) {
  return api.reuses.badges({ locale }).catch(() => []);
}

export const loadReuse = cache(async (slug: string) => {
  if (!reuseSlugSchema.safeParse(slug).success) return { failure: { kind: "not-found" } } as const;
  const locale = await getLocale();
  const labels = { locale };
  return pageData(
    Promise.all([api.reuses.get({ slug }), api.reuses.types(labels), api.reuses.topics(labels), badgeKinds(locale)]),
  );
});

/**
 * A reuse's pages live at its current slug. udata answers an old slug with a 308 to the current one (which the
 * client follows) and an id with the reuse itself: either way the answer's slug differs from the address, and
 * the visitor is sent there for good (308), to `suffix` (a sub-page, its query) under it.
 */
export function redirectToCurrentSlug(requested: string, reuse: { slug: string }, locale: Locale, suffix = ""): void {
  if (reuse.slug !== requested) permanentRedirect(localizedPath(locale, `${reusePath(reuse.slug)}${suffix}`));
}
