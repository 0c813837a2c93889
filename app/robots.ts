import type { MetadataRoute } from "next";

import { env } from "~/server/env";
import { LOCALES } from "~/lib/i18n/locales";
import { localizedPath } from "~/lib/i18n/paths";
import { absoluteUrl, SITEMAP_PATH } from "~/lib/site-urls";

// The sitemap's URL is the site's public URL of the running server, not the build's.
export const dynamic = "force-dynamic";

/** The sign-in page in every language (`/sign-in`, `/en/sign-in`); the producer area has one set of URLs. */
const SIGN_IN_PATHS = LOCALES.map((locale) => localizedPath(locale, "/sign-in"));

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/dashboard", "/api/", ...SIGN_IN_PATHS] },
    sitemap: absoluteUrl(env.NEXTAUTH_URL, SITEMAP_PATH),
  };
}
