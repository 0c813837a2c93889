import { useTranslations } from "next-intl";

import { CONTROL, ERROR, HINT, LABEL, PRIMARY_BUTTON } from "~/components/ui/styles";

/**
 * For site administrators, who manage any reuse (feature it, give it a badge): opens one from its page's address
 * or its id. A plain GET form.
 */
export function ReuseFinder({ value, notFound = false }: { value?: string; notFound?: boolean }) {
  const t = useTranslations("dashboard.admin");
  const describedBy = notFound ? "find-reuse-error find-reuse-hint" : "find-reuse-hint";
  return (
    <form method="get" action="/dashboard/reuses/find" className="mt-6 max-w-2xl rounded border border-line p-4">
      <label htmlFor="find-reuse" className={LABEL}>
        {t("finderLabel")}
      </label>
      <p id="find-reuse-hint" className={HINT}>
        {t("finderHint")}
      </p>
      <div className="mt-2 flex gap-2">
        <input
          id="find-reuse"
          name="reuse"
          type="text"
          defaultValue={value}
          required
          aria-invalid={notFound || undefined}
          aria-describedby={describedBy}
          className={`${CONTROL} flex-1`}
        />
        <button type="submit" className={`shrink-0 ${PRIMARY_BUTTON}`}>
          {t("finderOpen")}
        </button>
      </div>
      {notFound && (
        <p id="find-reuse-error" className={ERROR}>
          {t("finderNotFound")}
        </p>
      )}
    </form>
  );
}
