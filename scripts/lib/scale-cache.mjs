// The shared data cache and its invalidation: what A fetched, B does not fetch again; what a producer changes
// through A, B's public pages show within a second, its page cache included.
import { setTimeout as sleep } from "node:timers/promises";

import { upstreamRequestsOf } from "./upstream-measure.mjs";
import { catalogueReuse, getPage, renameReuse } from "./scale-site.mjs";

/**
 * The app checks the store for another instance's change every second; a page rendered again after it may take
 * a moment on a busy machine. Without the check, B's page cache would serve the old page for up to 10 s.
 */
const INVALIDATION_LIMIT_MS = 3_000;
const INVALIDATION_WAIT_MS = 12_000;
const POLL_MS = 100;

/**
 * A page never shown before, rendered by A then by B: A asks data.gouv.fr for the reuse and its discussions, and
 * its metrics service for the reuse's last 12 months and total (the reuse page's four requests), B asks nothing.
 */
export async function checkSharedCache({ sandbox, a, b }, results) {
  await results.verify("data cache: a page A rendered is rendered by B without asking data.gouv.fr", async () => {
    // Labels (types, topics; badge kinds on reuse pages) are cached for a day: fetched here first, through a listing
    // page and another reuse's page, so that only the reuse itself counts.
    await getPage(`${a.url}/reuses?page=2`);
    await getPage(`${a.url}/reuses/${await catalogueReuse(sandbox.url, 61)}`);
    const path = `/reuses/${await catalogueReuse(sandbox.url, 60)}`;
    const onA = await upstreamRequestsOf(sandbox.url, () => getPage(`${a.url}${path}`));
    const onB = await upstreamRequestsOf(sandbox.url, () => getPage(`${b.url}${path}`));
    const ok =
      onA.result.status === 200 &&
      onA.requests.length === 4 &&
      onA.requests.some((request) => request.path.startsWith("/api/1/discussions/")) &&
      onA.requests.some((request) => request.path === "/api/reuses/data/") &&
      onA.requests.some((request) => request.path === "/api/reuses_total/data/") &&
      onB.result.status === 200 &&
      onB.result.pageCache === "miss" &&
      onB.requests.length === 0;
    const detail =
      `A: HTTP ${onA.result.status}, ${onA.requests.length} upstream request(s); ` +
      `B: HTTP ${onB.result.status}, page cache ${onB.result.pageCache}, ${onB.requests.length} upstream request(s)`;
    return { ok, detail };
  });
}

/** A reuse renamed through A while B serves its page from its page cache. */
export async function checkInvalidation({ a, b, nginx }, results, producer, id) {
  const name = `invalidation: a change through A shows on B's cached page within ${INVALIDATION_LIMIT_MS / 1000} s`;
  await results.verify(name, async () => {
    const url = `${b.url}/reuses/${id}`;
    await getPage(url);
    const cached = await getPage(url);
    const title = `Renamed through A ${Date.now()}`;
    const status = await renameReuse(producer, { appUrl: a.url, siteUrl: nginx.url }, id, title);
    const changedAt = Date.now();
    let seenAfter;
    while (seenAfter === undefined && Date.now() - changedAt < INVALIDATION_WAIT_MS) {
      if ((await getPage(url)).html.includes(title)) seenAfter = Date.now() - changedAt;
      else await sleep(POLL_MS);
    }
    if (seenAfter !== undefined) results.figure("invalidation seen on B after (ms)", seenAfter);
    const ok = cached.pageCache === "hit" && status === 200 && seenAfter <= INVALIDATION_LIMIT_MS;
    const seen = seenAfter === undefined ? `not within ${INVALIDATION_WAIT_MS / 1000} s` : `after ${seenAfter} ms`;
    return { ok, detail: `B's page cache: ${cached.pageCache}; rename HTTP ${status}; new title on B ${seen}` };
  });
}
