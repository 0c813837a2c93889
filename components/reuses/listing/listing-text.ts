import { type ListingState, type ListingLabels } from "~/lib/reuses/listing-state";
import { LAST_UPDATE_LABELS, PRODUCER_TYPE_LABELS } from "./search-filter-labels";
import { countOf } from "~/components/ui/format";

/**
 * The filters of a state in words: "Application", "Santé", the organization's name, "mot-clé velo",
 * "Collectivité territoriale", "mise à jour les 30 derniers jours".
 */
function filterWords(state: ListingState, labels: ListingLabels): string[] {
  return [
    state.type && (labels.types.get(state.type) ?? state.type),
    state.topic && (labels.topics.get(state.topic) ?? state.topic),
    state.organization && (labels.organizationName ?? "une organisation"),
    ...state.tags.map((tag) => `mot-clé ${tag}`),
    state.producerType && PRODUCER_TYPE_LABELS.get(state.producerType),
    state.lastUpdateRange && `mise à jour ${LAST_UPDATE_LABELS.get(state.lastUpdateRange)?.toLowerCase() ?? ""}`,
  ].filter((word): word is string => Boolean(word));
}

/** The page's title: what was searched and filtered, and the page number. */
export function listingTitle(state: ListingState, labels: ListingLabels): string {
  const words = [state.q && `Recherche « ${state.q} »`, ...filterWords(state, labels)].filter(Boolean);
  const title = words.length > 0 ? words.join(", ") : "Toutes les réutilisations";
  return state.page > 1 ? `${title}, page ${state.page}` : title;
}

/** The page's description (cut to 160 characters by the metadata). */
export function listingDescription(state: ListingState, labels: ListingLabels, total: number): string {
  const count = countOf(total, "réutilisation", "réutilisations");
  const words = filterWords(state, labels);
  const narrowed = [state.q && `pour « ${state.q} »`, words.length > 0 && `(${words.join(", ")})`].filter(Boolean);
  if (narrowed.length === 0) {
    return `${count} des données publiques de data.gouv.fr : applications, cartes, articles et API, des plus récentes aux plus suivies.`;
  }
  return `${count} ${narrowed.join(" ")} : applications, cartes, articles et API qui réutilisent les données publiques de data.gouv.fr.`;
}
