import { useTranslations } from "next-intl";

import { Link } from "~/components/link";

/** Back to the list of one's reuses, above a producer screen's heading. */
export function BackToReuses({ href = "/dashboard", label }: { href?: string; label?: string }) {
  const t = useTranslations("dashboard.overview");
  return (
    <p className="mb-4">
      <Link href={href} className="inline-flex min-h-11 items-center">
        <span aria-hidden="true">←&nbsp;</span>
        {label ?? t("title")}
      </Link>
    </p>
  );
}
