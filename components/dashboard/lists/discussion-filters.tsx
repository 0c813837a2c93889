import { useTranslations } from "next-intl";

import { Link } from "~/components/link";
import { ABOUT_PARAMS, type DiscussionsFilter } from "~/lib/discussions/dashboard-filter";
import { listHref } from "./list-params";

const PATH = "/dashboard/discussions";

/** `?sur=&reutilisation=` of the discussions screen for `filter`, as the list's search and pages keep them. */
export function discussionsFilterKept(filter: DiscussionsFilter): Record<string, string> {
  const kept: Record<string, string> = {};
  const about = Object.entries(ABOUT_PARAMS).find(([, subjectClass]) => subjectClass === filter.about);
  if (about) kept.sur = about[0];
  if (filter.reuse) kept.reutilisation = filter.reuse;
  return kept;
}

/**
 * The discussions screen's filters: all, about my reuses, about my datasets (links, so they work without
 * JavaScript and the URL says what is shown); narrowed to one reuse, its name and the way back to all.
 */
export function DiscussionFilters({
  filter,
  q,
  reuseTitle,
}: {
  filter: DiscussionsFilter;
  q: string | undefined;
  reuseTitle: string | null;
}) {
  const t = useTranslations("dashboard.lists.discussions");
  if (filter.reuse)
    return (
      <p className="mt-4">
        {reuseTitle ? t("aboutReuse", { title: reuseTitle }) : t("aboutUnknownReuse")}{" "}
        <Link href={listHref(PATH, q)}>{t("seeAll")}</Link>
      </p>
    );
  const choices = [
    { label: t("filterAll"), about: undefined },
    { label: t("filterReuses"), about: "Reuse" as const },
    { label: t("filterDatasets"), about: "Dataset" as const },
  ];
  return (
    <nav aria-label={t("filterLabel")} className="mt-4">
      <ul className="flex flex-wrap gap-2">
        {choices.map(({ label, about }) => {
          const current = filter.about === about;
          return (
            <li key={label}>
              <Link
                href={listHref(PATH, q, 1, discussionsFilterKept({ about }))}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded border px-3 no-underline ${
                  current ? "border-brand bg-brand text-white" : "border-line hover:bg-brand-soft"
                }`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
