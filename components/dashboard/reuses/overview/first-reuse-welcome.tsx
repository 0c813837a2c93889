import { useTranslations } from "next-intl";

import { Link } from "~/components/link";
import { PRIMARY_BUTTON } from "~/components/ui/styles";

/**
 * The producer area of someone with no reuse yet (a data.gouv.fr user who signed in to follow or discuss, or a
 * new producer): a welcome that says what a reuse is and how to publish a first one.
 */
export function FirstReuseWelcome({ name }: { name: string | null }) {
  const t = useTranslations("dashboard.overview.welcome");
  return (
    <section aria-labelledby="bienvenue" className="mt-8 max-w-prose rounded border border-line bg-surface p-6">
      <h2 id="bienvenue" className="text-2xl font-bold">
        {name ? t("titleNamed", { name }) : t("title")}
      </h2>
      <p className="mt-3">{t("what")}</p>
      <p className="mt-3">{t("how")}</p>
      <Link href="/dashboard/reuses/new" className={`${PRIMARY_BUTTON} mt-5 inline-block no-underline`}>
        {t("publish")}
      </Link>
    </section>
  );
}
