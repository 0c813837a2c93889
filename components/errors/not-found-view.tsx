import { getTranslations } from "next-intl/server";

import { Link } from "~/components/link";

/** What a missing page says: an unknown address, or a reuse that does not exist or is not public. */
export async function NotFoundView() {
  const t = await getTranslations("pageFailure");
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-4">{t("notFoundText")}</p>
      <p className="mt-4">
        <Link href="/reuses">{t("seeAllReuses")}</Link>
      </p>
    </div>
  );
}
