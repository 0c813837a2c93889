// The mixed run of `npm run bench` (and of `--quick`): producers write once a second — edits of their public
// reuses, saves of private drafts — while visitors read 50 public pages, and the page cache's hit ratio is what
// the writes leave of it. Each round is one write through the site (as the producer's browser sends it), then 200
// page views (each of the 50 pages 4 times, 20 at a time): the misses are exactly the pages the write made stale,
// so the ratio is the same on any machine, and a gate. Pages also expire 10 s after their rendering whatever
// happens (server/http/main.ts): that is not what a write costs, so rounds come in blocks shorter than that, each
// after every page has expired and been rendered again (those views are not counted).
import { setTimeout as sleep } from "node:timers/promises";

import { row } from "./bench-table.mjs";
import { createAccount } from "./fuzz-identities.mjs";
import { httpSession } from "./http-session.mjs";
import { createReuse } from "./sandbox-api.mjs";

const PAGES = 50;
const VIEWS_PER_PAGE = 4;
const CONNECTIONS = 20;
// Three rounds (about 4 s with the block's first renders) leave a loaded machine 6 s of margin before pages expire.
const ROUNDS_PER_BLOCK = 3;
const ROUND_MS = 1_000;
/** The page cache's freshness (server/http/main.ts), and a margin: a block starts with every page expired. */
const BLOCK_MS = 10_500;
/** The writes, in turn: two edits of public reuses for two saves of private drafts. */
const WRITES = ["public", "draft", "public", "draft"];

/**
 * A producer with two reuses (with a dataset: listed once public) and two private drafts, all made private in the
 * sandbox; the first two are published through the site (`publish`), so that its caches show them.
 */
async function seedProducer(sandboxUrl) {
  const { apikey } = await createAccount(sandboxUrl, { name: "Bench" });
  const reuse = (index, isPrivate) =>
    createReuse(sandboxUrl, apikey, {
      title: `Banc d’essai ${isPrivate ? "brouillon" : "publiée"} ${index}`,
      description: "Une réutilisation du banc d’essai, modifiée une fois par seconde pendant la mesure.",
      url: `https://example.org/banc-essai/${isPrivate ? "brouillon" : "publiee"}-${index}`,
      isPrivate: true,
    });
  return {
    apikey,
    public: [await reuse(1, false), await reuse(2, false)],
    drafts: [await reuse(1, true), await reuse(2, true)],
  };
}

/**
 * 50 public pages as visitors read them: the home page, listings (plain, sorted, paginated, a search), the feed,
 * the sitemaps, the producer's public reuses and other reuse pages.
 */
function visitorPages(urls, producer) {
  const pages = ["/", "/reuses", "/reuses?q=carte", "/reuses/feed.xml", "/sitemap.xml", "/sitemaps/reuses-1.xml"];
  for (const { slug } of producer.public) pages.push(`/reuses/${slug}`);
  for (const sort of ["-views", "-followers", "-datasets"]) pages.push(`/reuses?sort=${sort}`);
  for (let page = 2; page <= 8; page++) pages.push(`/reuses?page=${page}`);
  const step = Math.max(1, Math.floor(urls.slugs.length / PAGES));
  for (let index = 0; pages.length < PAGES && index < urls.slugs.length; index += step) {
    pages.push(`/reuses/${urls.slugs[index]}`);
  }
  return pages;
}

/** When a page was last rendered (a miss answered): the page cache keeps it 10 s from about then. */
let lastRendered = 0;

/** Views of `paths`, `CONNECTIONS` at a time: how many the page cache answered, and how many it rendered. */
async function views(appUrl, paths) {
  const counts = { hit: 0, miss: 0, other: 0 };
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++];
      const response = await fetch(new URL(path, appUrl));
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`mixed run: ${path} answered HTTP ${response.status}`);
      const mark = response.headers.get("x-page-cache");
      counts[mark === "hit" || mark === "miss" ? mark : "other"]++;
      if (mark !== "hit") lastRendered = Date.now();
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  return counts;
}

/** A producer's call of the site's API, as its browser sends it. */
async function mutation(session, procedure, input) {
  const response = await session.fetch(`/api/trpc/${procedure}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: session.baseUrl },
    body: JSON.stringify({ json: input }),
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`mixed run: ${procedure} answered HTTP ${response.status}`);
}

/** One write of a round: a new description. */
function write(session, id, round) {
  const description = `Modifiée au tour ${round} du banc d’essai, ${Date.now()}.`;
  return mutation(session, "producerReuses.update", { id, description });
}

/** The mixed run's rows: hit ratio (the gate), writes, views. `blocks` of ROUNDS_PER_BLOCK rounds. */
export async function measureMixed({ sandboxUrl, appUrl }, urls, { blocks }) {
  const producer = await seedProducer(sandboxUrl);
  const session = httpSession(new URL(appUrl).origin, { clientAddress: "10.88.0.1" });
  if ((await session.signIn(producer.apikey)) !== 200) throw new Error("mixed run: the producer could not sign in");
  for (const { id } of producer.public) await mutation(session, "producerReuses.setPrivate", { id, private: false });
  const pages = visitorPages(urls, producer);
  const reads = Array.from({ length: VIEWS_PER_PAGE }, () => pages).flat();
  const counted = { hit: 0, miss: 0, other: 0 };
  const written = { public: 0, draft: 0 };
  let round = 0;
  lastRendered = Date.now();
  for (let block = 0; block < blocks; block++) {
    // Every page rendered so far (by the other measures, by the last block) expires first.
    await sleep(Math.max(0, lastRendered + BLOCK_MS - Date.now()));
    const blockStarted = Date.now();
    await views(appUrl, pages);
    for (let index = 0; index < ROUNDS_PER_BLOCK; index++, round++) {
      const started = Date.now();
      const kind = WRITES[round % WRITES.length];
      const targets = kind === "public" ? producer.public : producer.drafts;
      await write(session, targets[Math.floor(round / WRITES.length) % targets.length].id, round);
      written[kind]++;
      const counts = await views(appUrl, reads);
      for (const key of Object.keys(counted)) counted[key] += counts[key];
      await sleep(Math.max(0, ROUND_MS - (Date.now() - started)));
    }
    if (Date.now() - blockStarted > BLOCK_MS - 500) throw new Error("mixed run: a block outlasted the page cache");
  }
  const total = counted.hit + counted.miss;
  const ratio = total === 0 ? 0 : (100 * counted.hit) / total;
  const section = `mixed: 1 write/s (${written.public} public edits, ${written.draft} drafts), ${pages.length} pages read`;
  return [
    row(section, "page-cache hit ratio", ratio, {
      min: 95,
      unit: " %",
      format: (value) => value.toFixed(1),
      note: `${counted.hit} hits, ${counted.miss} misses${counted.other ? `, ${counted.other} unmarked` : ""}`,
    }),
  ];
}
