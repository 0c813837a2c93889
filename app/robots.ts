import type { MetadataRoute } from "next";

import { env } from "~/server/env";
import { absoluteUrl, SITEMAP_PATH } from "~/lib/site-urls";

// The sitemap's URL is the site's public URL of the running server, not the build's.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/dashboard", "/api/", "/sign-in"] },
    sitemap: absoluteUrl(env.NEXTAUTH_URL, SITEMAP_PATH),
  };
}
