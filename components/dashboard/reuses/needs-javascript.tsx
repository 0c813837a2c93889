import { useTranslations } from "next-intl";

/** Said without JavaScript, which the producer forms need (uploads, autosave, suggestions). */
export function NeedsJavaScript() {
  const t = useTranslations("dashboard.needsJavascript");
  return (
    <noscript>
      <p className="mt-6 rounded border-l-4 border-danger bg-red-50 p-4">{t("text")}</p>
    </noscript>
  );
}
