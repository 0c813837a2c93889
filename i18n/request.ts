// next-intl's request configuration (its plugin finds it here): the language and catalog of server components.
// The language is the request's, as proxy.ts resolved it: the URL's for public pages (`/en/…`), the session's
// for the producer area.
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";

import { catalogOf } from "~/lib/i18n/catalogs";
import { routing } from "~/lib/i18n/routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: catalogOf(locale), timeZone: "Europe/Paris" };
});
