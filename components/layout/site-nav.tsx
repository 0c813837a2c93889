"use client";

import { Link } from "~/components/link";
import { CompactMenu } from "./compact-menu";
import type { HeaderLabels } from "./header-labels";
import { useSessionUser } from "./session-user";
import { UserMenu } from "./user-menu";

/**
 * The header's links: from 640 px (Tailwind's `sm`) side by side, below it behind one menu button. One island, so
 * the session is read once for both; its server HTML is the signed-out header, complete without JavaScript.
 */
export function SiteNav({ labels }: { labels: HeaderLabels }) {
  const user = useSessionUser();
  return (
    <nav aria-label={labels.mainNavigation} className="shrink-0">
      <ul className="hidden items-center gap-6 sm:flex">
        <li>
          <Link href="/reuses" className="inline-flex min-h-11 items-center no-underline hover:underline">
            {labels.allReuses}
          </Link>
        </li>
        <li>
          <UserMenu user={user} labels={labels} />
        </li>
      </ul>
      <div className="sm:hidden">
        <CompactMenu user={user} labels={labels} />
      </div>
    </nav>
  );
}
