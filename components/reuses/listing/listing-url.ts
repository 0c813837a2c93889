import { type ListingState, type SearchParams, type ListingLabels } from "~/lib/reuses/listing-state";
import type { Translator } from "~/lib/i18n/translator";
import { LISTING_PARAMS, LISTING_PATH } from "~/lib/reuses/listing-params";

/** The query string of a state, `?…` or empty: defaults are left out, so one state has one URL. */
export function listingQuery(state: ListingState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.type) params.set("type", state.type);
  if (state.topic) params.set("topic", state.topic);
  for (const tag of state.tags) params.append("tag", tag);
  if (state.organization) params.set("organization", state.organization);
  if (state.producerType) params.set("producer_type", state.producerType);
  if (state.lastUpdateRange) params.set("last_update_range", state.lastUpdateRange);
  if (state.sort && !(state.sort === "-created" && !state.q)) params.set("sort", state.sort);
  if (state.page > 1) params.set("page", String(state.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The URL of `state` changed by `change`; any change but the page's goes back to page 1. */
export function listingHref(state: ListingState, change: Partial<ListingState> = {}): string {
  const page = change.page ?? (Object.keys(change).length > 0 ? 1 : state.page);
  return `${LISTING_PATH}${listingQuery({ ...state, ...change, page })}`;
}

/**
 * The URL to send a visitor to when theirs says the same state differently (empty fields of a GET form sent
 * without JavaScript, values the page ignores, defaults written out), or null when it is already that URL.
 * Parameters the listing does not read (`utm_*`…) are kept.
 */
export function normalizedListingHref(state: ListingState, params: SearchParams): string | null {
  const given = new URLSearchParams();
  const others = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    const known = (LISTING_PARAMS as readonly string[]).includes(name);
    if (!known) for (const item of [value ?? []].flat()) others.append(name, item);
  }
  for (const name of LISTING_PARAMS) for (const value of [params[name] ?? []].flat()) given.append(name, value);
  const normal = listingQuery(state).slice(1);
  if (given.toString() === normal) return null;
  const query = [normal, others.toString()].filter(Boolean).join("&");
  return query ? `${LISTING_PATH}?${query}` : LISTING_PATH;
}

/** Whether the visitor narrowed or reordered the list (page numbers aside). */
export function isFiltered(state: ListingState): boolean {
  return Boolean(
    state.q ||
    state.type ||
    state.topic ||
    state.tags.length > 0 ||
    state.organization ||
    state.producerType ||
    state.lastUpdateRange ||
    state.sort,
  );
}

/**
 * What search engines are told: only the plain list is indexed. Filtered, searched or sorted pages say
 * `noindex, follow` with the plain list as canonical; later pages of the plain list are their own canonical
 * (they list other reuses than page 1) but are not indexed either: the reuses' own pages and the sitemap are.
 */
export function listingIndexing(state: ListingState): { canonical: string; index: boolean } {
  if (isFiltered(state)) return { canonical: LISTING_PATH, index: false };
  if (state.page > 1) return { canonical: listingHref(state), index: false };
  return { canonical: LISTING_PATH, index: true };
}

export interface FilterChip {
  /** Read as "Type : Application". */
  name: string;
  value: string;
  /** The same listing without this filter. */
  removeHref: string;
}

/** The active filters, each with the link that removes it alone. */
export function filterChips(state: ListingState, labels: ListingLabels, t: Translator<"listing">): FilterChip[] {
  const chips: FilterChip[] = [];
  const chip = (name: string, value: string, change: Partial<ListingState>) =>
    chips.push({ name, value, removeHref: listingHref(state, change) });
  if (state.q) chip(t("chipSearch"), t("chipSearchValue", { q: state.q }), { q: undefined });
  if (state.type) chip(t("chipType"), labels.types.get(state.type) ?? state.type, { type: undefined });
  if (state.topic) chip(t("chipTopic"), labels.topics.get(state.topic) ?? state.topic, { topic: undefined });
  for (const tag of state.tags) chip(t("chipTag"), tag, { tags: state.tags.filter((other) => other !== tag) });
  if (state.organization) {
    chip(t("chipOrganization"), labels.organizationName ?? t("chipUnknownOrganization"), { organization: undefined });
  }
  if (state.producerType) {
    chip(t("chipProducerType"), t(`producerTypes.${state.producerType}`), { producerType: undefined });
  }
  if (state.lastUpdateRange) {
    const label = t(`lastUpdateRanges.${state.lastUpdateRange}`);
    chip(t("chipLastUpdate"), label.toLowerCase(), { lastUpdateRange: undefined });
  }
  return chips;
}
