import { getLocale } from "next-intl/server";

import { api } from "~/server/api/rsc";
import { env } from "~/server/env";
import { ATOM_CONTENT_TYPE } from "~/server/seo/atom";
import { reuseFeedXml } from "~/server/seo/documents";
import { documentResponse } from "~/server/seo/respond";

export const dynamic = "force-dynamic";

/** The newest reuses as an Atom feed, in the URL's language (`/reuses/feed.xml`, `/en/reuses/feed.xml`). */
export async function GET() {
  const locale = await getLocale();
  return documentResponse(
    api.seo.feed(),
    (reuses) => reuseFeedXml(env.NEXTAUTH_URL, reuses, locale),
    ATOM_CONTENT_TYPE,
  );
}
