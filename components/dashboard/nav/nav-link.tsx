"use client";

import { usePathname } from "next/navigation";

import { Link } from "~/components/link";

/**
 * A link of the dashboard navigation, marked as the current page when it is.
 */
export function NavLink({ href, label }: { href: string; label: string }) {
  const current = usePathname() === href;
  return (
    <Link
      href={href}

      aria-current={current ? "page" : undefined}
      className={`flex min-h-11 items-center rounded border-l-4 px-3 py-2 no-underline hover:bg-brand-soft ${
        current ? "border-brand bg-brand-soft font-semibold text-brand" : "border-transparent text-ink"
      }`}
    >
      {label}
    </Link>
  );
}
