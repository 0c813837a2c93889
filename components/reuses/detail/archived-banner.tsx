import { useLocale, useTranslations } from "next-intl";

import { formatDate } from "~/components/ui/format";

/** Says that the reuse is archived: kept for the record, no longer maintained. */
export function ArchivedBanner({ since }: { since: string }) {
  const locale = useLocale();
  const t = useTranslations("reuse");
  return (
    <div className="mb-8 rounded border-l-4 border-amber-700 bg-amber-50 px-4 py-3">
      <p className="font-bold">{t("archivedTitle")}</p>
      <p className="mt-1">
        {t.rich("archivedText", {
          date: formatDate(since, locale),
          time: (chunks) => <time dateTime={since}>{chunks}</time>,
        })}
      </p>
    </div>
  );
}
