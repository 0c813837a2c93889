import { api } from "~/server/api/rsc";
import { env } from "~/server/env";
import { sitemapIndexXml } from "~/server/seo/documents";
import { documentResponse, XML_CONTENT_TYPE } from "~/server/seo/respond";

// Built from the catalogue at request time, never at build time (the front server and the cache keep it).
export const dynamic = "force-dynamic";

/** A sitemap index: the site's pages, then one sitemap per thousand reuses (see app/sitemaps). */
export function GET() {
  return documentResponse(
    api.seo.sitemapIndex(),
    ({ reuseSitemaps }) => sitemapIndexXml(env.NEXTAUTH_URL, reuseSitemaps),
    XML_CONTENT_TYPE,
  );
}
