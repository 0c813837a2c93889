import { getLocale } from "next-intl/server";

import { embedResponse } from "~/server/embed/embed-response";

/**
 * A reuse's card for other sites' pages: a whole document of its own, without the site's layout or scripts, in
 * the URL's language (`/embeds/reuses/{slug}`, `/en/embeds/reuses/{slug}`).
 */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/embeds/reuses/[slug]">) {
  return embedResponse((await params).slug, await getLocale());
}
