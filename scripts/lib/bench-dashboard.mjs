// The producer area in `npm run bench`: each dashboard page, viewed signed in as a demo account, with the upstream
// requests of one view and how many round trips deep they went (every dashboard view is rendered afresh: a signed-in
// page is never cached), and, in full runs, its p50 latency at 1 connection.
import { row } from "./bench-table.mjs";
import { httpSession } from "./http-session.mjs";
import { sandboxCall } from "./sandbox-api.mjs";
import { roundTrips, upstreamRequestsOf } from "./upstream-measure.mjs";

const PRODUCER_KEY = "sandbox-key-producer";
const ADMIN_KEY = "sandbox-key-admin";
/** Views of each page timed one after another (1 connection) in full runs. */
const TIMED_VIEWS = 15;

/** The dashboard pages of the demo producer, one of their reuses' among them, and those of the site admin. */
async function dashboardPages(sandboxUrl) {
  const mine = await sandboxCall(sandboxUrl, "GET", "/api/1/me/reuses/", {
    apiKey: PRODUCER_KEY,
    fields: "id,deleted",
  });
  const reuse = mine.find((candidate) => !candidate.deleted);
  if (!reuse) throw new Error("the demo producer has no reuse to measure");
  return {
    [PRODUCER_KEY]: [
      "/dashboard",
      `/dashboard/reuses/${reuse.id}`,
      `/dashboard/reuses/${reuse.id}/followers`,
      `/dashboard/reuses/${reuse.id}/audience`,
      "/dashboard/reuses/new",
      "/dashboard/metrics",
      "/dashboard/discussions",
      "/dashboard/datasets",
      "/dashboard/organization-datasets",
      "/dashboard/community-resources",
      "/dashboard/profile",
      "/dashboard/api-key",
    ],
    [ADMIN_KEY]: [
      "/dashboard/admin/reutilisations",
      "/dashboard/admin/reutilisations?q=transport",
      "/dashboard/reuses/find",
    ],
  };
}

/** One view of `path` by `session`, which must be a page (200), not a redirect to the sign-in page. */
async function view(session, path) {
  const response = await session.fetch(path, { headers: { "accept-encoding": "gzip" } });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${path}: HTTP ${response.status}`);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Rows of each dashboard page: requests of a view, their depth, and (full runs) p50 at 1 connection. */
export async function measureDashboard({ sandboxUrl, appUrl }, { quick, latencyMs }) {
  const rows = [];
  const pages = await dashboardPages(sandboxUrl);
  for (const [apiKey, paths] of Object.entries(pages)) {
    const session = httpSession(appUrl, { clientAddress: `198.51.100.${apiKey === ADMIN_KEY ? 2 : 1}` });
    if ((await session.signIn(apiKey)) !== 200) throw new Error(`bench: could not sign in with ${apiKey}`);
    const who = apiKey === ADMIN_KEY ? "site admin" : "producer";
    for (const path of paths) {
      // A first view fetches what is cached for everyone (labels, for a day): the measured view is the usual one.
      await view(session, path);
      const { requests } = await upstreamRequestsOf(sandboxUrl, () => view(session, path));
      const section = `dashboard (${who}): ${path}`;
      rows.push(
        row(section, "upstream requests per view", requests.length, {
          note: [...new Set(requests.map((request) => request.path))].join(" "),
        }),
        row(section, "round trips", roundTrips(requests), { max: 1 }),
      );
      if (quick) continue;
      const times = [];
      for (let index = 0; index < TIMED_VIEWS; index++) {
        const started = performance.now();
        await view(session, path);
        times.push(performance.now() - started);
      }
      rows.push(
        row(section, "p50 at 1 connection", Math.round(median(times)), {
          max: latencyMs + 60,
          format: (value) => `${value} ms`,
        }),
      );
    }
  }
  return rows;
}
