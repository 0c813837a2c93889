import type { Locale } from "~/lib/i18n/locales";
import { intlTag } from "~/lib/i18n/intl-locale";
import type { RouterOutputs } from "~/server/api/root";
import { type ReuseStatus, statusOf } from "../status";
import { type OverviewQuery, type OverviewSort, PERSONAL } from "./overview-query";

export type MyReuse = RouterOutputs["account"]["reuses"][number];

export const OVERVIEW_PAGE_SIZE = 20;

/** Case and accents aside, as people search. */
const folded = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The orders, titles by the rules of the space's language. */
const compare = (locale: Locale): Readonly<Record<OverviewSort, (a: MyReuse, b: MyReuse) => number>> => ({
  "-last_modified": (a, b) => b.last_modified.localeCompare(a.last_modified),
  "-created": (a, b) => b.created_at.localeCompare(a.created_at),
  title: (a, b) => a.title.localeCompare(b.title, intlTag(locale), { sensitivity: "base" }),
  "-followers": (a, b) => (b.metrics.followers ?? 0) - (a.metrics.followers ?? 0),
  "-views": (a, b) => (b.metrics.views ?? 0) - (a.metrics.views ?? 0),
});

export interface OverviewPage {
  items: MyReuse[];
  /** How many match the search and the producer, in all and by status (the status filter's counts). */
  counts: Record<ReuseStatus | "all", number>;
  /** How many the status filter leaves. */
  total: number;
  page: number;
  pageCount: number;
}

/** The page of the overview that `query` asks for: searched, filtered, counted, sorted, cut. */
export function overviewPage(reuses: readonly MyReuse[], query: OverviewQuery, locale: Locale): OverviewPage {
  const words = folded(query.q ?? "")
    .split(/\s+/)
    .filter(Boolean);
  const matching = reuses.filter((reuse) => {
    const title = folded(reuse.title);
    if (!words.every((word) => title.includes(word))) return false;
    if (query.organization === PERSONAL) return reuse.organization === null;
    return !query.organization || reuse.organization?.id === query.organization;
  });
  const counts = { all: matching.length, published: 0, draft: 0, archived: 0, deleted: 0 };
  for (const reuse of matching) counts[statusOf(reuse)] += 1;
  const shown = query.status ? matching.filter((reuse) => statusOf(reuse) === query.status) : matching;
  const sorted = [...shown].sort(compare(locale)[query.sort]);
  const pageCount = Math.max(1, Math.ceil(sorted.length / OVERVIEW_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const start = (page - 1) * OVERVIEW_PAGE_SIZE;
  return { items: sorted.slice(start, start + OVERVIEW_PAGE_SIZE), counts, total: sorted.length, page, pageCount };
}

/** The organizations the reuses belong to, by name, for the producer filter. */
export function organizationsOf(reuses: readonly MyReuse[], locale: Locale): { id: string; name: string }[] {
  const byId = new Map(
    reuses.flatMap((reuse) => (reuse.organization ? [[reuse.organization.id, reuse.organization]] : [])),
  );
  return [...byId.values()]
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, intlTag(locale)));
}
