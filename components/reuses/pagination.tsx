import Link from "next/link";

/** The page numbers to show: the first, the last, and two on each side of the current one. */
export function pageWindow(current: number, last: number): (number | "gap")[] {
  const pages: (number | "gap")[] = [];
  for (let page = 1; page <= last; page++) {
    const near = Math.abs(page - current) <= 2;
    if (page === 1 || page === last || near) pages.push(page);
    else if (pages.at(-1) !== "gap") pages.push("gap");
  }
  return pages;
}

interface PaginationProps {
  current: number;
  last: number;
  /** The URL of a given page, keeping the rest of the page's state. */
  hrefFor: (page: number) => string;
}

export function Pagination({ current, last, hrefFor }: PaginationProps) {
  if (last <= 1) return null;
  const link = "inline-flex min-w-10 justify-center rounded border border-line px-3 py-2 hover:bg-brand-soft";
  return (
    <nav aria-label="Pagination" className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {current > 1 && (
          <li>
            <Link href={hrefFor(current - 1)} rel="prev" className={link}>
              ‹ Précédente
            </Link>
          </li>
        )}
        {pageWindow(current, last).map((page, index) =>
          page === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={page}>
              <Link
                href={hrefFor(page)}
                aria-current={page === current ? "page" : undefined}
                aria-label={`Page ${page}`}
                className={page === current ? `${link} border-brand bg-brand text-white hover:bg-brand` : link}
              >
                {page}
              </Link>
            </li>
          ),
        )}
        {current < last && (
          <li>
            <Link href={hrefFor(current + 1)} rel="next" className={link}>
              Suivante ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
