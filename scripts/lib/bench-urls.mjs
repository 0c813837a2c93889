// The pages `npm run bench` measures, found in the sandbox's catalogue: one URL of each kind to measure cached,
// and for each kind an endless supply of URLs never asked before (other pages, sorts, filters, reuses), whose
// every view is uncached both in the page cache and in the data cache.
import { allPublicSlugs, sandboxGet } from "./sandbox-api.mjs";

const SORTS = ["-created", "-views", "-followers", "-datasets"];
const PAGE_SIZE = 20;

async function totalOf(sandboxUrl, query) {
  // The listing shows udata's search (API v2): the visible reuses.
  return (await sandboxGet(sandboxUrl, `/api/2/reuses/search/?page_size=1&${query}`, "total")).total;
}

/**
 * The visible reuses (udata's search, what the listing and the sitemaps show): the site has seen their ids there,
 * so their pages ask for the reuse and its discussions together. A reuse without a dataset is in none of them: the
 * first view of its page reads the reuse before its discussions (server/api/routers/public/reuses/discussions.ts).
 */
async function visibleSlugs(sandboxUrl) {
  const slugs = [];
  for (let page = 1; ; page++) {
    const answer = await sandboxGet(
      sandboxUrl,
      `/api/2/reuses/search/?sort=created&page_size=100&page=${page}`,
      "data{slug},total",
    );
    slugs.push(...answer.data.map((reuse) => reuse.slug));
    if (slugs.length >= answer.total || answer.data.length === 0) return slugs;
  }
}

/** Yields each URL of `urls` once, skipping `seen`; then fails: a run must never measure a cached page as uncached. */
function* onceEach(urls, seen) {
  for (const url of urls) if (!seen.has(url)) yield url;
  throw new Error("no uncached URL left: shorten the runs");
}

/** Every page of every sort of each filter, written as the site writes it (defaults left out: no redirect). */
function* listingPages(filters) {
  for (const [filter, total] of filters) {
    const pages = Math.ceil(total / PAGE_SIZE);
    for (let page = 1; page <= pages; page++) {
      for (const sort of SORTS) {
        const query = new URLSearchParams(filter);
        if (sort !== "-created") query.set("sort", sort);
        if (page > 1) query.set("page", String(page));
        yield `/reuses${query.size ? `?${query}` : ""}`;
      }
    }
  }
}

/** `{cached: {listing, filtered, detail, embed}, uncached: {…the same, discussions}}`: paths and path iterators. */
export async function benchUrls(sandboxUrl) {
  const topics = await sandboxGet(sandboxUrl, "/api/1/reuses/topics/");
  const types = await sandboxGet(sandboxUrl, "/api/1/reuses/types/");
  const topicTotals = [];
  for (const topic of topics) topicTotals.push([`topic=${topic.id}`, await totalOf(sandboxUrl, `topic=${topic.id}`)]);
  topicTotals.sort((a, b) => b[1] - a[1]);
  const typeTotals = [["", await totalOf(sandboxUrl, "")]];
  for (const type of types) typeTotals.push([`type=${type.id}`, await totalOf(sandboxUrl, `type=${type.id}`)]);
  const slugs = await allPublicSlugs(sandboxUrl);
  const visible = await visibleSlugs(sandboxUrl);
  const visibleSet = new Set(visible);

  const [biggestTopic] = topicTotals[0];
  const cached = {
    listing: "/reuses",
    filtered: `/reuses?${biggestTopic}&sort=-views&page=3`,
    detail: `/reuses/${slugs[Math.floor(slugs.length / 2)]}`,
    // A reuse's card that other sites frame: its own document, read through the same cache as the reuse's page.
    embed: `/embeds/reuses/${slugs[Math.floor(slugs.length / 2) + 1]}`,
  };
  const seen = new Set(Object.values(cached));
  return {
    cached,
    uncached: {
      listing: onceEach(listingPages(typeTotals), seen),
      filtered: onceEach(listingPages(topicTotals), seen),
      detail: onceEach(
        visible.map((slug) => `/reuses/${slug}`),
        seen,
      ),
      // Other reuses than the detail pages' (from the end of the list): their discussions page is a first view too.
      discussions: onceEach(
        [...visible].reverse().map((slug) => `/reuses/${slug}/discussions`),
        seen,
      ),
      // Reuses the pages above never show (not in the search: no dataset), so that the card's first view is one
      // indeed: a reuse whose page or discussions were measured is in the data cache already.
      embed: onceEach(
        slugs.filter((slug) => !visibleSet.has(slug)).map((slug) => `/embeds/reuses/${slug}`),
        seen,
      ),
    },
    slugs,
  };
}
