import type { ListingSort } from "~/lib/reuses/listing-state";
import type { Locale } from "~/lib/i18n/locales";
import type { Translator } from "~/lib/i18n/translator";
import type { ReuseCardData } from "./card-data";
import type { ReuseCardCounter, ReuseCardText } from "./reuse-card";

/**
 * The cards' words from the catalog (and the language of their dates), for the server components that draw
 * cards or hand them to an island.
 */
export function reuseCardText(t: Translator<"reuseCard">, locale: Locale): ReuseCardText {
  return {
    locale,
    published: t("published"),
    updated: t("updated"),
    organizationReuses: t("organizationReuses"),
    manage: t("manage"),
  };
}

/** The counter a sort is about, shown on each card of a list in that order (its key in `reuseCard` names the unit). */
const COUNTERS: Partial<Record<ListingSort, "datasets" | "followers" | "views">> = {
  "-followers": "followers",
  "-views": "views",
  "-datasets": "datasets",
};

/** Each card's counter in a list sorted by `sort`, or nothing for an order without one. */
export function sortCounter(
  sort: ListingSort | undefined,
  t: Translator<"reuseCard">,
): ((reuse: ReuseCardData) => ReuseCardCounter) | undefined {
  const metric = sort && COUNTERS[sort];
  if (!metric) return undefined;
  return (reuse) => {
    const count = reuse.metrics?.[metric] ?? 0;
    return { count, unit: t(metric, { count }) };
  };
}
