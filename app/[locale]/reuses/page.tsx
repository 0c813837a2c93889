import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { PageFailureView } from "~/components/errors/page-failure";
import { ActiveFilters } from "~/components/reuses/listing/active-filters";
import { BeyondLastPage } from "~/components/reuses/listing/beyond-last-page";
import { EmptyResults } from "~/components/reuses/listing/empty-results";
import { ListingFilters } from "~/components/reuses/listing/listing-filters";
import { labelsOf, loadListing } from "~/server/pages/listing";
import { listingDescription, listingTitle } from "~/components/reuses/listing/listing-text";
import {
  filterChips,
  listingHref,
  listingIndexing,
  normalizedListingHref,
} from "~/components/reuses/listing/listing-url";
import { localeOf, localizedPath } from "~/lib/i18n/paths";
import { pageMetadata } from "~/components/reuses/listing/page-metadata";
import { Pagination } from "~/components/ui/pagination";
import { ResultsHeader } from "~/components/reuses/listing/results-header";
import { ReuseGrid } from "~/components/reuses/card/reuse-grid";
import { reuseCardText, sortCounter } from "~/components/reuses/card/card-text";
import { parseListingState, FILTERABLE_TOPICS, FILTERABLE_TYPES, REUSES_PAGE_SIZE } from "~/lib/reuses/listing-state";

export async function generateMetadata({ searchParams }: PageProps<"/[locale]/reuses">): Promise<Metadata> {
  const { state, beyondMaxPage } = parseListingState(await searchParams);
  const result = beyondMaxPage ? undefined : await loadListing(JSON.stringify(state));
  const t = await getTranslations("listing");
  if (!result || "failure" in result) return { title: t("title"), robots: { index: false, follow: true } };
  const labels = labelsOf(state, result.data);
  return pageMetadata({
    title: listingTitle(state, labels, t),
    description: listingDescription(state, labels, result.data[0].total, t),
    ...listingIndexing(state),
    path: listingHref(state),
  });
}

export default async function ReusesPage({ params: route, searchParams }: PageProps<"/[locale]/reuses">) {
  const params = await searchParams;
  const { state, beyondMaxPage } = parseListingState(params);
  const firstPage = listingHref(state, { page: 1 });
  if (beyondMaxPage) return <BeyondLastPage firstPageHref={firstPage} />;
  // One state, one URL: empty fields of a form sent without JavaScript, ignored values and defaults go.
  const normalized = normalizedListingHref(state, params);
  if (normalized) redirect(localizedPath(localeOf((await route).locale), normalized));

  const result = await loadListing(JSON.stringify(state));
  if ("failure" in result) {
    // udata answers 404 for a page past the last one.
    if (result.failure.kind === "not-found") return <BeyondLastPage firstPageHref={firstPage} />;
    return <PageFailureView failure={result.failure} retryHref={listingHref(state)} />;
  }
  const [reuses, types, topics] = result.data;
  const labels = labelsOf(state, result.data);
  const card = await getTranslations("reuseCard");
  const locale = await getLocale();
  const td = await getTranslations("discussions");
  const t = await getTranslations("listing");
  const last = Math.max(1, Math.ceil(reuses.total / REUSES_PAGE_SIZE));
  const organization = state.organization && {
    id: state.organization,
    name: labels.organizationName ?? t("unknownOrganization"),
  };

  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 mb-6 text-muted">{t("intro")}</p>
      {/* The key renews the form's fields when the state changes without a page load (back button). */}
      <ListingFilters
        key={listingHref(state)}
        state={state}
        types={types.filter((type) => FILTERABLE_TYPES.has(type.id))}
        topics={topics.filter((topic) => FILTERABLE_TOPICS.has(topic.id))}
        organization={organization || undefined}
      />
      <section aria-labelledby="results-count">
        <ResultsHeader key={listingHref(state)} state={state} total={reuses.total} last={last} />
        <ActiveFilters chips={filterChips(state, labels, t)} />
        {reuses.data.length === 0 ? (
          <EmptyResults state={state} />
        ) : (
          <ReuseGrid
            reuses={reuses.data}
            types={labels.types}
            topics={labels.topics}
            text={{
              ...reuseCardText(card, localeOf(locale)),
              discussions: { one: td("card.one"), other: td("card.other") },
            }}
            counterOf={sortCounter(state.sort, card)}
            byUpdate={state.lastUpdateRange !== undefined}
          />
        )}
        <Pagination current={state.page} last={last} hrefFor={(page) => listingHref(state, { page })} />
      </section>
    </>
  );
}
