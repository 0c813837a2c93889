// Upstream requests per page view, for `npm run bench`: the sandbox's request log is the witness.

/** Makes the front server render a page again instead of serving its copy (it never caches signed-in views). */
const BYPASS_PAGE_CACHE = { cookie: "next-auth.session-token=bench" };

async function sandboxRequests(sandboxUrl, method = "GET") {
  const response = await fetch(`${sandboxUrl}/_sandbox/requests`, { method });
  if (!response.ok) throw new Error(`sandbox request log: HTTP ${response.status}`);
  return method === "GET" ? response.json() : undefined;
}

/**
 * How many round trips deep the requests went: a request that starts after an earlier one has answered waited
 * for it (a new round trip); requests sent together are one.
 */
export function roundTrips(requests) {
  const byStart = requests.map((request) => ({
    start: Date.parse(request.at),
    end: Date.parse(request.at) + request.ms,
  }));
  byStart.sort((a, b) => a.start - b.start);
  let trips = 0;
  let waveEnd = -Infinity;
  for (const { start, end } of byStart) {
    if (start >= waveEnd) {
      trips += 1;
      waveEnd = end;
    } else waveEnd = Math.min(waveEnd, end);
  }
  return trips;
}

/** The `/api` requests the sandbox received while `action` ran, and what `action` gave. */
export async function upstreamRequestsOf(sandboxUrl, action) {
  await sandboxRequests(sandboxUrl, "DELETE");
  const result = await action();
  const requests = await sandboxRequests(sandboxUrl);
  return { requests: requests.filter((request) => request.path.startsWith("/api/")), result };
}

/** GETs a page of the app; fails on anything but the expected status. Resolves with status, headers and body. */
export async function getPage(appUrl, path, { headers = {}, expect = [200] } = {}) {
  const response = await fetch(new URL(path, appUrl), { headers, redirect: "manual" });
  const body = Buffer.from(await response.arrayBuffer());
  if (!expect.includes(response.status)) throw new Error(`GET ${path}: HTTP ${response.status}`);
  return { status: response.status, pageCache: response.headers.get("x-page-cache"), body };
}

/**
 * Upstream requests of three views of a URL never requested before: the first (uncached), the next one (served
 * by the front server's page cache), and one that bypasses the page cache (so only the data cache can spare
 * data.gouv.fr).
 */
export async function viewsOf(sandboxUrl, appUrl, path) {
  // A 404 is a page too (a missing reuse): the front server keeps it like any other.
  const expect = [200, 404];
  const first = await upstreamRequestsOf(sandboxUrl, () => getPage(appUrl, path, { expect }));
  if (first.result.pageCache !== "miss") throw new Error(`${path} was not a page-cache miss: pick another URL`);
  const again = await upstreamRequestsOf(sandboxUrl, () => getPage(appUrl, path, { expect }));
  const rendered = await upstreamRequestsOf(sandboxUrl, () =>
    getPage(appUrl, path, { headers: BYPASS_PAGE_CACHE, expect }),
  );
  return {
    status: first.result.status,
    uncached: first.requests,
    pageCache: again.result.pageCache === "hit" ? again.requests.length : Number.NaN,
    dataCache: rendered.requests.length,
  };
}

/** Upstream requests made by `count` simultaneous views of the same URL, never requested before. */
export async function concurrentViews(sandboxUrl, appUrl, path, count) {
  const { requests, result } = await upstreamRequestsOf(sandboxUrl, () =>
    Promise.all(Array.from({ length: count }, () => getPage(appUrl, path))),
  );
  return { requests, statuses: new Set(result.map((answer) => answer.status)) };
}
