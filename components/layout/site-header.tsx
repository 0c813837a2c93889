import { getTranslations } from "next-intl/server";

import { Link } from "~/components/link";
import { LanguageSwitch } from "./language-switch";
import { SiteNav } from "./site-nav";

export async function SiteHeader() {
  const t = await getTranslations("layout");
  const labels = {
    mainNavigation: t("mainNavigation"),
    allReuses: t("allReuses"),
    menu: t("menu"),
    signIn: t("signIn"),
    producerSpace: t("producerSpace"),
    signOut: t("signOut"),
  };
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-4 sm:flex-wrap sm:gap-4">
        <Link
          href="/"
          className="inline-flex min-h-11 min-w-0 flex-wrap items-center gap-x-1.5 text-base font-bold text-ink no-underline sm:text-lg"
        >
          {t.rich("brand", { brand: (chunks) => <span className="text-brand">{chunks}</span> })}
        </Link>
        <div className="flex items-center gap-4">
          <LanguageSwitch />
          <SiteNav labels={labels} />
        </div>
      </div>
    </header>
  );
}
