import { getTranslations } from "next-intl/server";

import { Link } from "~/components/link";

/** The page numbers to show: the first, the last, and `radius` on each side of the current one. */
export function pageWindow(current: number, last: number, radius = 2): (number | "gap")[] {
  const pages: (number | "gap")[] = [];
  for (let page = 1; page <= last; page++) {
    const near = Math.abs(page - current) <= radius;
    if (page === 1 || page === last || near) pages.push(page);
    else if (pages.at(-1) !== "gap") pages.push("gap");
  }
  return pages;
}

export interface PaginationItem {
  page: number | "gap";
  /** Shown on wide screens (two neighbours each side), on narrow ones (the current page alone), or both. */
  wide: boolean;
  narrow: boolean;
}

/** One list for both screen widths, each item saying where it shows, with the gaps each width needs. */
export function paginationItems(current: number, last: number): PaginationItem[] {
  const numbers = (radius: number) => new Set(pageWindow(current, last, radius).filter((page) => page !== "gap"));
  const wide = numbers(2);
  const narrow = numbers(0);
  const items: PaginationItem[] = [];
  let lastWide = 0;
  let lastNarrow = 0;
  for (const page of [...wide, ...narrow]
    .filter((page, index, all) => all.indexOf(page) === index)
    .sort((a, b) => a - b)) {
    const inWide = wide.has(page);
    const inNarrow = narrow.has(page);
    const gapWide = inWide && lastWide > 0 && page - lastWide > 1;
    const gapNarrow = inNarrow && lastNarrow > 0 && page - lastNarrow > 1;
    if (gapWide || gapNarrow) items.push({ page: "gap", wide: gapWide, narrow: gapNarrow });
    items.push({ page, wide: inWide, narrow: inNarrow });
    if (inWide) lastWide = page;
    if (inNarrow) lastNarrow = page;
  }
  return items;
}

const SHOWN = (item: PaginationItem) => (item.wide && item.narrow ? "" : item.wide ? "hidden sm:block" : "sm:hidden");

interface PaginationProps {
  current: number;
  last: number;
  /** The URL of a given page, keeping the rest of the page's state. */
  hrefFor: (page: number) => string;
}

export async function Pagination({ current, last, hrefFor }: PaginationProps) {
  if (last <= 1) return null;
  const t = await getTranslations("pagination");
  const link =
    "inline-flex min-w-9 justify-center rounded border border-line px-2 py-2 hover:bg-brand-soft sm:min-w-10 sm:px-3";
  return (
    <nav aria-label={t("label")} className="mt-8">
      <ul className="flex flex-wrap items-center gap-1 sm:gap-2">
        {current > 1 && (
          <li>
            <Link href={hrefFor(current - 1)} rel="prev" className={link}>
              ‹ <span className="sr-only sm:not-sr-only">{t("previous")}</span>
            </Link>
          </li>
        )}
        {paginationItems(current, last).map((item, index) =>
          item.page === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className={`px-1 text-muted ${SHOWN(item)}`}>
              …
            </li>
          ) : (
            <li key={item.page} className={SHOWN(item)}>
              <Link
                href={hrefFor(item.page)}
                aria-current={item.page === current ? "page" : undefined}
                aria-label={t("page", { page: item.page })}
                className={item.page === current ? `${link} border-brand bg-brand text-white hover:bg-brand` : link}
              >
                {item.page}
              </Link>
            </li>
          ),
        )}
        {current < last && (
          <li>
            <Link href={hrefFor(current + 1)} rel="next" className={link}>
              <span className="sr-only sm:not-sr-only">{t("next")}</span> ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
