import "server-only";

import { allowedUrl } from "~/lib/safe-url";
import type { Locale } from "~/lib/i18n/locales";
import { localizedPath } from "~/lib/i18n/paths";
import { absoluteUrl, embedPath, reusePath } from "~/lib/site-urls";
import { personName } from "~/lib/udata/person-name";
import { env } from "~/server/env";
import { loadReuse } from "~/server/pages/reuse";
import { embedCardHtml, embedFailureHtml } from "./embed-card";

const HTML = { "content-type": "text/html; charset=utf-8" };

/**
 * The answer to `/embeds/reuses/{slug}`: the reuse's card, loaded as its page is (server/pages/reuse.ts: the
 * shared cache, the same single upstream call), with the page's statuses: 404, 410, 502/503/504; an old slug
 * or an id goes to the current slug's card for good. The front server gives it its framable CSP. In `locale`:
 * the URL's language (`/en/embeds/reuses/{slug}`), whose reuse page the card links to.
 */
export async function embedResponse(slug: string, locale: Locale): Promise<Response> {
  const result = await loadReuse(slug);
  if ("failure" in result) {
    const { failure } = result;
    const status = failure.kind === "not-found" ? 404 : failure.kind === "gone" ? 410 : failure.status;
    const kind = failure.kind === "not-found" || failure.kind === "gone" ? failure.kind : "unavailable";
    return new Response(embedFailureHtml(kind, env.NEXTAUTH_URL, locale), { status, headers: HTML });
  }
  const [reuse] = result.data;
  if (reuse.slug !== slug)
    return new Response(null, { status: 308, headers: { location: localizedPath(locale, embedPath(reuse.slug)) } });
  const producerName = reuse.organization?.name ?? (reuse.owner ? personName(reuse.owner) : undefined);
  const html = embedCardHtml({
    locale,
    title: reuse.title,
    pageUrl: absoluteUrl(env.NEXTAUTH_URL, localizedPath(locale, reusePath(reuse.slug))),
    producerName,
    image: allowedUrl(reuse.image_thumbnail ?? reuse.image),
  });
  return new Response(html, { status: 200, headers: HTML });
}
