import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { hasLocale } from "next-intl";
import { headers } from "next/headers";
import { notFound } from "next/navigation";

import { IslandTextProvider } from "~/components/i18n/island-text";
import { SiteFooter } from "~/components/layout/site-footer";
import { SiteHeader } from "~/components/layout/site-header";
import { languageAlternates } from "~/lib/i18n/alternates";
import { routing } from "~/lib/i18n/routing";
import { SITE_PATH_HEADER } from "~/lib/i18n/request-headers";
import { env } from "~/server/env";
import "../globals.css";

/**
 * The site's title and description, and by default the page's canonical URL (its path) and the page in each
 * language; pages with a canonical URL of their own (the listing, a reuse…) replace them.
 */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout");
  const path = (await headers()).get(SITE_PATH_HEADER)?.split("?", 1)[0] ?? "/";
  return {
    metadataBase: new URL(env.NEXTAUTH_URL),
    title: { default: t("title"), template: t("titleTemplate") },
    description: t("description"),
    alternates: languageAlternates(await getLocale(), path),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#000091" };

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  // Reached only through proxy.ts with a language; an address outside it (`/apiary`) names none.
  if (!hasLocale(routing.locales, (await params).locale)) notFound();
  const t = await getTranslations("layout");
  const locale = await getLocale();
  const islands = await getTranslations("islands");
  const islandText = {
    locale,
    errorTitle: islands("errorTitle"),
    errorText: islands("errorText"),
    retry: islands("retry"),
    seeReuses: islands("seeReuses"),
    suggestions: { one: islands("suggestionsOne"), other: islands("suggestionsOther") },
  };
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a href="#contenu" className="absolute -top-20 left-2 z-50 rounded bg-white p-3 focus:top-2">
          {t("skipToContent")}
        </a>
        <SiteHeader />
        <main id="contenu" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          <IslandTextProvider text={islandText}>{children}</IslandTextProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
