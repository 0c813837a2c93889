import { api } from "~/server/api/rsc";
import { env } from "~/server/env";
import { pagesSitemapXml, reuseSitemapXml } from "~/server/seo/documents";
import { documentResponse, XML_CONTENT_TYPE } from "~/server/seo/respond";
import { parseSitemapFileName } from "~/server/seo/sitemap";

export const dynamic = "force-dynamic";

/**
 * The children of /sitemap.xml: `pages.xml`, and `reuses-N.xml` (`reuses-en-N.xml` in English) for the N-th
 * thousand of reuses, oldest first.
 */
export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/[file]">) {
  const file = parseSitemapFileName((await params).file);
  if (!file)
    return new Response("Introuvable.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (file.kind === "pages") {
    return new Response(pagesSitemapXml(env.NEXTAUTH_URL), { headers: { "content-type": XML_CONTENT_TYPE } });
  }
  return documentResponse(
    api.seo.reuseSitemap({ number: file.number }),
    (reuses) => reuseSitemapXml(env.NEXTAUTH_URL, reuses, file.locale),
    XML_CONTENT_TYPE,
  );
}
