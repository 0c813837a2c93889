"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * A link of the dashboard navigation, marked as the current page when it is. Not prefetched: every screen is
 * rendered per user, and nine prefetches on each page view would cost more than they save.
 */
export function NavLink({ href, label }: { href: string; label: string }) {
  const current = usePathname() === href;
  return (
    <Link
      href={href}
      prefetch={false}
      aria-current={current ? "page" : undefined}
      className={`flex min-h-11 items-center rounded border-l-4 px-3 py-2 no-underline hover:bg-brand-soft ${
        current ? "border-brand bg-brand-soft font-semibold text-brand" : "border-transparent text-ink"
      }`}
    >
      {label}
    </Link>
  );
}
