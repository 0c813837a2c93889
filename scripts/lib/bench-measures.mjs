// The deterministic measures of `npm run bench` (also those of `--quick`): upstream requests per view, the weight of
// each public page type; and Lighthouse's scores (full runs only).
import { lighthouseScores, pageWeights } from "./bench-browser.mjs";
import { kb, row } from "./bench-table.mjs";
import { concurrentViews, getPage, roundTrips, upstreamRequestsOf, viewsOf } from "./upstream-measure.mjs";

const KB = 1_000;
const CONCURRENT_VIEWS = 100;

/**
 * Upstream requests a first view may make: a reuse's page asks for the reuse, its discussions and its audience
 * (data.gouv.fr's metrics service: the last 12 months and the total), all in parallel, one round trip deep; its
 * discussions page for the reuse and its discussions; every other page for one answer.
 */
const MAX_UNCACHED = { detail: 4, discussions: 2 };

/** Both languages of the site: French at the root, English under `/en` (its own page-cache and labels' keys). */
const LANGUAGES = [
  ["", (path) => path],
  [" (en)", (path) => (path === "/" ? "/en" : `/en${path}`)],
];

/** Upstream requests of a first view, a view from the page cache, a view rendered from the data cache. */
export async function measureUpstream({ sandboxUrl, appUrl }, urls) {
  // The reuses' ids, as the site learns them from every answer it reads (here the sitemap, as crawlers ask for it):
  // a reuse page then asks for the reuse and its discussions together (server/cache/reuse-ids.ts).
  const index = (await getPage(appUrl, "/sitemap.xml")).body.toString();
  for (const [sitemap] of index.matchAll(/\/sitemaps\/reuses-\d+\.xml/g)) await getPage(appUrl, sitemap);
  // The labels (types and topics; badge kinds on reuse pages) are cached for a day: the first pages after start-up
  // fetch them as well. A listing page and the detail page measured cached (never among the uncached) fetch them.
  // Each language has its labels (asked with `lang=`), cached apart.
  for (const [, inLanguage] of LANGUAGES) {
    await upstreamRequestsOf(sandboxUrl, () => getPage(appUrl, inLanguage("/reuses?page=2")));
    await upstreamRequestsOf(sandboxUrl, () => getPage(appUrl, inLanguage(urls.cached.detail)));
  }
  const section = "upstream requests per view";
  const rows = [];
  for (const [language, inLanguage] of LANGUAGES) {
    for (const [kind, paths] of Object.entries(urls.uncached)) {
      const path = inLanguage(paths.next().value);
      const { status, uncached, pageCache, dataCache } = await viewsOf(sandboxUrl, appUrl, path);
      const note = `${status === 200 ? "" : `HTTP ${status}! `}${path}`;
      const name = `${kind}${language}`;
      rows.push(
        row(section, `${name}, uncached`, uncached.length, { max: MAX_UNCACHED[kind] ?? 1, note }),
        row(section, `${name}, uncached: round trips`, roundTrips(uncached), { max: 1 }),
        row(section, `${name}, cached (page cache)`, pageCache, { max: 0 }),
        row(section, `${name}, cached (data cache, page rendered)`, dataCache, { max: 0 }),
      );
    }
  }
  const path = urls.uncached.listing.next().value;
  const concurrent = await concurrentViews(sandboxUrl, appUrl, path, CONCURRENT_VIEWS);
  const statuses = `HTTP ${[...concurrent.statuses].join(", ")}`;
  rows.push(
    row(section, `${CONCURRENT_VIEWS} simultaneous first views`, concurrent.requests.length, {
      max: 1,
      note: statuses,
    }),
  );
  return rows;
}

/**
 * The page types of the public, and producers' sign-in page: a form everyone who opens it uses at once, which
 * hydrates at once on purpose (server/http/deferred-hydration.ts), measured without target.
 */
function pageTypes({ cached }) {
  const types = {
    home: "/",
    listing: cached.listing,
    "filtered listing": cached.filtered,
    detail: cached.detail,
    followers: `${cached.detail}/abonnes`,
    embed: cached.embed,
    discussions: `${cached.detail}/discussions`,
    "sign-in (producers' form)": "/sign-in",
  };
  return Object.fromEntries(
    LANGUAGES.flatMap(([language, inLanguage]) =>
      Object.entries(types).map(([type, path]) => [`${type}${language}`, inLanguage(path)]),
    ),
  );
}

/** First-load JavaScript and HTML of each page type; Lighthouse on the listing and a detail page (full runs). */
export async function measureBrowser({ appUrl }, urls, { quick }) {
  const types = pageTypes(urls);
  const weights = await pageWeights(appUrl, Object.values(types));
  const rows = [];
  for (const [type, path] of Object.entries(types)) {
    const { html, js, jsOnUse } = weights[path];
    const section = `weight (gzip -9): ${type}, ${path}`;
    // The embed card, a guest in other sites' pages, runs no JavaScript at all, used or not.
    const embed = type.startsWith("embed");
    const jsMax = embed ? 0 : type.startsWith("sign-in") ? undefined : 120 * KB;
    rows.push(
      row(section, "first-load JavaScript", js, { max: jsMax, format: kb }),
      row(section, "JavaScript once used (all)", jsOnUse, {
        max: embed ? 0 : undefined,
        format: kb,
        note: "first click into a field, or scroll",
      }),
      row(section, "HTML", html, { max: type.startsWith("listing") ? 60 * KB : undefined, format: kb }),
    );
  }
  if (quick) return rows;
  for (const [type, path] of [
    ["listing", urls.cached.listing],
    ["detail", urls.cached.detail],
  ]) {
    const { scores, failing, lcpMs } = await lighthouseScores(new URL(path, appUrl).href);
    const section = `Lighthouse (mobile): ${type}, ${path}`;
    const note = failing.length ? `failing audits: ${failing.join(", ")}` : "";
    rows.push(
      row(section, "performance", scores.performance, { min: 95, note: `LCP ${lcpMs} ms` }),
      row(section, "accessibility", scores.accessibility, { min: 100, note }),
      row(section, "best practices", scores["best-practices"], { min: 100 }),
      row(section, "SEO", scores.seo, { min: 100 }),
    );
  }
  return rows;
}
