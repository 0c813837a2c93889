import { useTranslations } from "next-intl";

import { Link } from "~/components/link";

/** Accueil › Réutilisations › … › the current page (the same trail as the page's BreadcrumbList). */
export function Breadcrumb({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  const t = useTranslations("reuse");
  const separator = (
    <span aria-hidden="true" className="text-muted">
      ›
    </span>
  );
  return (
    <nav aria-label={t("breadcrumbLabel")} className="mb-6 text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {[{ href: "/", label: t("home") }, { href: "/reuses", label: t("reuses") }, ...trail].map((step) => (
          <li key={step.href} className="flex max-w-full min-w-0 items-center gap-2">
            <Link href={step.href} className="truncate">
              {step.label}
            </Link>
            {separator}
          </li>
        ))}
        <li aria-current="page" className="max-w-full min-w-0 truncate text-muted">
          {current}
        </li>
      </ol>
    </nav>
  );
}
