import { useTranslations } from "next-intl";

import { Link } from "~/components/link";
import { HttpStatus } from "~/components/http-status";

/** A page number past the end of the list: a 404 that says so, with the way back to the first page. */
export function BeyondLastPage({ firstPageHref }: { firstPageHref: string }) {
  const t = useTranslations("listing");
  return (
    <div className="max-w-2xl">
      <HttpStatus code={404} />
      <h1 className="text-3xl font-bold">{t("beyondTitle")}</h1>
      <p className="mt-4">{t("beyondText")}</p>
      <p className="mt-4">
        <Link href={firstPageHref}>{t("backToFirstPage")}</Link>
      </p>
    </div>
  );
}
