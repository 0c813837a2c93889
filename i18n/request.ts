// next-intl's request configuration (its plugin finds it here): the language and catalog of server components.
// One language for now, without i18n routing.
import { getRequestConfig } from "next-intl/server";

import { catalogOf, DEFAULT_LOCALE } from "~/lib/i18n/catalogs";

export default getRequestConfig(async () => ({ locale: DEFAULT_LOCALE, messages: catalogOf(DEFAULT_LOCALE) }));
