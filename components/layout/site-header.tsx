import { getTranslations } from "next-intl/server";

import { Link } from "~/components/link";
import { UserMenu } from "./user-menu";

export async function SiteHeader() {
  const t = await getTranslations("layout");
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="inline-flex min-h-11 items-center gap-1.5 text-lg font-bold text-ink no-underline">
          {t.rich("brand", { brand: (chunks) => <span className="text-brand">{chunks}</span> })}
        </Link>
        <nav aria-label={t("mainNavigation")}>
          <ul className="flex items-center gap-6">
            <li>
              <Link href="/reuses" className="inline-flex min-h-11 items-center no-underline hover:underline">
                {t("allReuses")}
              </Link>
            </li>
            <li>
              <UserMenu labels={{ signIn: t("signIn"), producerSpace: t("producerSpace"), signOut: t("signOut") }} />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
