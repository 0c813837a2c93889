import { LAST_UPDATE_RANGES, PRODUCER_TYPES } from "~/lib/udata/vocabulary";
import type { Translator } from "~/lib/i18n/translator";

/**
 * The choices of the producer type and update date menus, with the labels data.gouv.fr's catalogue shows
 * (cdata, datagouv-components/src/components/Search/Filter/ProducerTypeFilter.vue and LastUpdateRangeFilter.vue),
 * kept in the catalog (`listing.producerTypes`, `listing.lastUpdateRanges`). The producer types are
 * data.gouv.fr's menu, without `not-specified` (organizations without a producer badge), which only a link carries.
 */
export function producerTypeChoices(t: Translator<"listing">) {
  return PRODUCER_TYPES.filter((id) => id !== "not-specified").map((id) => ({ id, label: t(`producerTypes.${id}`) }));
}

export function lastUpdateChoices(t: Translator<"listing">) {
  return LAST_UPDATE_RANGES.map((id) => ({ id, label: t(`lastUpdateRanges.${id}`) }));
}
