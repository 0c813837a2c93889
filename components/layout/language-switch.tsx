import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";

import { Link } from "~/components/link";
import { LANGUAGE_NAMES, LOCALES } from "~/lib/i18n/locales";
import { isDashboardPath } from "~/lib/i18n/paths";
import { SITE_PATH_HEADER } from "~/lib/i18n/request-headers";

/**
 * The same page, with its query, in the other language(s): a link named in its own language. A link (not a
 * redirect by the browser's language), so that crawlers and visitors alike choose. The producer area's language
 * is the session's: it has its own choice (components/dashboard), not this link.
 */
export async function LanguageSwitch() {
  const path = (await headers()).get(SITE_PATH_HEADER) ?? "/";
  if (isDashboardPath(path)) return null;
  const locale = await getLocale();
  const t = await getTranslations("layout");
  return (
    <nav aria-label={t("languageNavigation")}>
      <ul className="flex items-center gap-3">
        {LOCALES.filter((other) => other !== locale).map((other) => (
          <li key={other}>
            <Link
              href={path}
              locale={other}
              hrefLang={other}
              lang={other}
              className="inline-flex min-h-11 items-center no-underline hover:underline"
            >
              {LANGUAGE_NAMES[other]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
