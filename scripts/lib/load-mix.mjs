// The public pages `scripts/load.mjs` asks for, and how often: a few hot pages most visitors land on, listing
// pages (plain, filtered, sorted, paginated) and reuse pages of real slugs from the sandbox's catalogue (hundreds
// of URLs, which the front server renders again every 10 s and the data cache refetches every minute), a few slugs
// that do not exist (404 on purpose, counted apart), the sitemaps and the feed. Those are the "warm" groups: the
// full run asks for each once before measuring. A "cold" group, a hundred reuse pages the warm-up leaves out,
// makes first views (rendered, fetched upstream) during the run too. Picks are pseudo-random with a fixed seed:
// every run asks for the same sequence.
import { allPublicSlugs, sandboxGet } from "./sandbox-api.mjs";
import { seededRandom } from "./seeded-random.mjs";

const PAGE_SIZE = 20; // the listing's (lib/reuses/listing-state.ts)
const SITEMAP_SIZE = 1_000; // reuses per sitemap file (server/seo/sitemap.ts)
const SORTS = ["-followers", "-views", "-datasets"];
const MISSING_PREFIX = "/reuses/introuvable-charge-";
const COLD_PAGES = 100;

/** `/reuses` with these parameters, as the site writes its URLs (parameters in its order, page 1 left out). */
function listingPath(params, page) {
  const query = new URLSearchParams(params);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `/reuses?${search}` : "/reuses";
}

/** Listing URLs: plain pages, each type's first pages, sorted pages and a few searches (no redirect). */
async function listingUrls(sandboxUrl, total) {
  const urls = [];
  for (let page = 2; page <= Math.ceil(total / PAGE_SIZE); page++) urls.push(listingPath({}, page));
  const types = await sandboxGet(sandboxUrl, "/api/1/reuses/types/");
  for (const { id } of types) {
    const search = `/api/2/reuses/search/?type=${id}&page_size=1`;
    const { total: count } = await sandboxGet(sandboxUrl, search, "total");
    const pages = Math.max(1, Math.min(10, Math.ceil(count / PAGE_SIZE)));
    for (let page = 1; page <= pages; page++) urls.push(listingPath({ type: id }, page));
  }
  for (const sort of SORTS) for (let page = 1; page <= 5; page++) urls.push(listingPath({ sort }, page));
  for (const q of ["carte", "transport", "eau", "budget", "ecole", "velo"]) urls.push(listingPath({ q }, 1));
  return urls;
}

/**
 * The mix: groups of URLs with the share of requests each group gets. `next()` gives the next path to ask for;
 * `isMissing(path)` whether a 404 is expected for it.
 */
export async function buildMix(sandboxUrl) {
  const slugs = await allPublicSlugs(sandboxUrl);
  if (slugs.length === 0) throw new Error("the sandbox lists no reuse");
  const step = Math.max(2, Math.floor(slugs.length / 400));
  const details = slugs.filter((_, index) => index % step === 0);
  const cold = slugs.filter((_, index) => index % step === Math.floor(step / 2)).slice(0, COLD_PAGES);
  // Listings and sitemaps show udata's search (visible reuses), fewer than the reuse pages one may open.
  const { total: listed } = await sandboxGet(sandboxUrl, "/api/2/reuses/search/?page_size=1", "total");
  const sitemaps = Array.from({ length: Math.ceil(listed / SITEMAP_SIZE) }, (_, i) => `/sitemaps/reuses-${i + 1}.xml`);
  const groups = [
    {
      name: "hot pages",
      share: 0.34,
      warm: true,
      urls: ["/", "/reuses", "/reuses?page=2", ...slugs.slice(-10).map(reusePath)],
    },
    { name: "listings", share: 0.24, warm: true, urls: await listingUrls(sandboxUrl, listed) },
    { name: "reuse pages", share: 0.29, warm: true, urls: details.map(reusePath) },
    { name: "cold reuse pages", share: 0.03, warm: false, urls: cold.map(reusePath) },
    {
      name: "missing reuses",
      share: 0.04,
      warm: true,
      urls: Array.from({ length: 10 }, (_, i) => `${MISSING_PREFIX}${i}`),
    },
    {
      name: "sitemaps and feed",
      share: 0.06,
      warm: true,
      urls: ["/sitemap.xml", "/sitemaps/pages.xml", ...sitemaps, "/reuses/feed.xml", "/robots.txt"],
    },
  ];
  const random = seededRandom(20_240_601);
  const pick = (list) => list[Math.floor(random() * list.length)];
  return {
    groups,
    distinctUrls: groups.reduce((sum, group) => sum + group.urls.length, 0),
    warmUrls: groups.filter((group) => group.warm).flatMap((group) => group.urls),
    next() {
      let draw = random();
      for (const group of groups) {
        if (draw < group.share) return pick(group.urls);
        draw -= group.share;
      }
      return pick(groups[0].urls);
    },
    isMissing: (path) => path.startsWith(MISSING_PREFIX),
  };
}

function reusePath(slug) {
  return `/reuses/${slug}`;
}
