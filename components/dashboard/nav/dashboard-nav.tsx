import { useTranslations } from "next-intl";

import { ADMIN_NAV, DASHBOARD_NAV } from "./nav-items";
import { NavLink } from "./nav-link";

/** The links to every screen of the producer area, in labelled groups; site admins' screens for them only. */
export function DashboardNav({ idPrefix, admin = false }: { idPrefix: string; admin?: boolean }) {
  const t = useTranslations("dashboard.nav");
  const groups = admin ? [...DASHBOARD_NAV, ADMIN_NAV] : DASHBOARD_NAV;
  return (
    <nav aria-label={t("label")}>
      {groups.map((group, index) => {
        const titleId = `${idPrefix}-groupe-${index}`;
        return (
          <div key={group.title} className="mt-5 first:mt-0">
            <p id={titleId} className="px-3 text-sm font-bold tracking-wide text-muted uppercase">
              {t(group.title)}
            </p>
            <ul aria-labelledby={titleId} className="mt-1 space-y-1">
              {group.items.map((item) => (
                <li key={item.href}>
                  <NavLink href={item.href} label={t(item.label)} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
