import { getTranslations } from "next-intl/server";

import { NotFoundView } from "~/components/errors/not-found-view";
import "./globals.css";

/**
 * An address that reaches no language (`/apiary`: no page, and no `[locale]` either): the whole document, in
 * the default language. Every other unknown address gets app/[locale]/not-found.tsx, inside the site's layout.
 */
export default async function GlobalNotFound() {
  const t = await getTranslations("pageFailure");
  return (
    <html lang="fr">
      <head>
        <title>{t("notFoundTitle")}</title>
      </head>
      <body className="mx-auto max-w-2xl px-4 py-12 font-sans">
        <NotFoundView />
      </body>
    </html>
  );
}
