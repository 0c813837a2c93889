import { type ListingState, type ListingLabels } from "~/lib/reuses/listing-state";
import type { Translator } from "~/lib/i18n/translator";

/**
 * The filters of a state in words: "Application", "Santé", the organization's name, "mot-clé velo",
 * "Collectivité territoriale", "mise à jour les 30 derniers jours".
 */
function filterWords(state: ListingState, labels: ListingLabels, t: Translator<"listing">): string[] {
  return [
    state.type && (labels.types.get(state.type) ?? state.type),
    state.topic && (labels.topics.get(state.topic) ?? state.topic),
    state.organization && (labels.organizationName ?? t("meta.anOrganization")),
    ...state.tags.map((tag) => t("meta.tag", { tag })),
    state.producerType && t(`producerTypes.${state.producerType}`),
    state.lastUpdateRange && t("meta.updated", { range: t(`lastUpdateRanges.${state.lastUpdateRange}`).toLowerCase() }),
  ].filter((word): word is string => Boolean(word));
}

/** The page's title: what was searched and filtered, and the page number. */
export function listingTitle(state: ListingState, labels: ListingLabels, t: Translator<"listing">): string {
  const words = [state.q && t("meta.search", { q: state.q }), ...filterWords(state, labels, t)].filter(Boolean);
  const title = words.length > 0 ? words.join(", ") : t("meta.all");
  return state.page > 1 ? t("meta.paged", { title, page: state.page }) : title;
}

/** The page's description (cut to 160 characters by the metadata). */
export function listingDescription(
  state: ListingState,
  labels: ListingLabels,
  total: number,
  t: Translator<"listing">,
): string {
  const count = t("meta.count", { count: total });
  const words = filterWords(state, labels, t);
  const narrowed = [state.q && t("meta.forQuery", { q: state.q }), words.length > 0 && `(${words.join(", ")})`];
  const shown = narrowed.filter(Boolean).join(" ");
  return shown ? t("meta.narrowedDescription", { count, narrowed: shown }) : t("meta.description", { count });
}
