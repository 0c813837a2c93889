import { type LastUpdateRange, type ProducerType } from "~/lib/udata/vocabulary";

/**
 * The French labels data.gouv.fr's catalogue shows for the search's filters (cdata,
 * datagouv-components/src/components/Search/Filter/ProducerTypeFilter.vue and LastUpdateRangeFilter.vue).
 */
export const PRODUCER_TYPE_LABELS: ReadonlyMap<ProducerType, string> = new Map([
  ["public-service", "Service public"],
  ["local-authority", "Collectivité territoriale"],
  ["company", "Entreprise"],
  ["association", "Association"],
  ["user", "Utilisateur"],
  // Not offered by data.gouv.fr's menu, but a link may carry it: organizations without a producer badge.
  ["not-specified", "Organisation sans type"],
]);

/** The choices of the menu: data.gouv.fr's, without `not-specified`. */
export const PRODUCER_TYPE_CHOICES = [...PRODUCER_TYPE_LABELS]
  .filter(([id]) => id !== "not-specified")
  .map(([id, label]) => ({ id, label }));

export const LAST_UPDATE_LABELS: ReadonlyMap<LastUpdateRange, string> = new Map([
  ["last_30_days", "Les 30 derniers jours"],
  ["last_12_months", "Les 12 derniers mois"],
  ["last_3_years", "Les 3 dernières années"],
]);

export const LAST_UPDATE_CHOICES = [...LAST_UPDATE_LABELS].map(([id, label]) => ({ id, label }));
