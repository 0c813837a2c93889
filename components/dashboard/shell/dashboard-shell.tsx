import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { DashboardNav } from "../nav/dashboard-nav";

interface DashboardShellProps {
  /** Who is signed in, and the sign-out button. */
  account: ReactNode;
  /** A site administrator: the navigation adds their screens. */
  admin?: boolean;
  children: ReactNode;
}

/**
 * The frame of every producer screen: the account bar, then the navigation beside the page (on a phone, above
 * it, folded into a disclosure that needs no JavaScript). The two renderings of the navigation are never shown
 * together: the hidden one is `display: none`, out of the accessibility tree too.
 */
export function DashboardShell({ account, admin = false, children }: DashboardShellProps) {
  const t = useTranslations("dashboard.nav");
  return (
    <div>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4 border-b border-line pb-4">{account}</div>
      <div className="md:grid md:grid-cols-[16rem_minmax(0,1fr)] md:gap-10">
        <details className="group mb-6 rounded border border-line md:hidden">
          <summary className="flex min-h-11 cursor-pointer items-center justify-between px-4 font-semibold">
            {t("menu")}
            <span aria-hidden="true" className="transition-transform group-open:rotate-180">
              ▾
            </span>
          </summary>
          <div className="border-t border-line p-2">
            <DashboardNav idPrefix="nav-mobile" admin={admin} />
          </div>
        </details>
        <div className="hidden md:block">
          <DashboardNav idPrefix="nav" admin={admin} />
        </div>
        <div className="min-w-0">{children}</div>
      </div>
    </div>
  );
}
