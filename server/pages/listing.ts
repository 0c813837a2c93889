import "server-only";

import { getLocale } from "next-intl/server";
import { cache } from "react";

import { pageData } from "./page-data";
import { api } from "~/server/api/rsc";
import { listInputOf, type ListingState, type ListingLabels } from "~/lib/reuses/listing-state";
import { labelMap } from "~/lib/udata/label-map";

/**
 * Everything the listing shows, at once: the masked page of reuses, the labels (cached for a day) and, when
 * filtering on an organization, its name (cached; only used when no result carries it, but asked for at the
 * same time so that it never waits for the list). Keyed by the state's JSON: the page and its metadata share
 * one load per request. Labels are in the page's language.
 */
export const loadListing = cache(async (stateJson: string) => {
  const state = JSON.parse(stateJson) as ListingState;
  const organizationName = state.organization
    ? api.organizations.name({ id: state.organization }).then(
        (organization) => organization.name,
        () => undefined,
      )
    : undefined;
  const locale = await getLocale();
  return pageData(
    Promise.all([
      api.reuses.list(listInputOf(state)),
      api.reuses.types({ locale }),
      api.reuses.topics({ locale }),
      organizationName,
    ]),
  );
});

export type ListingData = Extract<Awaited<ReturnType<typeof loadListing>>, { data: unknown }>["data"];

/** The labels of types and topics, and the name of the organization filtered on. */
export function labelsOf(state: ListingState, [reuses, types, topics, fetchedName]: ListingData): ListingLabels {
  const embedded = reuses.data.find((reuse) => reuse.organization?.id === state.organization)?.organization?.name;
  return {
    types: labelMap(types),
    topics: labelMap(topics),
    organizationName: embedded ?? fetchedName,
  };
}
