// The soak of `npm run test:load` (full run, or `--soak-only`): 50 connections for 10 minutes (`--soak-seconds`)
// mixing anonymous public pages in French and in English, signed-in dashboard pages of several producers (each
// with its own session cookie) and writes from those producers (the dashboard's `producerReuses.update`, a new
// description of one of their public reuses, whose pages the visitors read: each write makes cached pages stale,
// which the page cache's hit ratio shows). Checks: every answer a 200 (no connection error, timeout, 5xx or
// redirect to the sign-in page), the writes reached data.gouv.fr, the server alive and logging no unexpected
// error, and its RSS growing by less than 10 % from the end of the first minute to the end.
import autocannon from "autocannon";

import { createAccount } from "./fuzz-identities.mjs";
import { httpSession } from "./http-session.mjs";
import { megabytes, sampleResidentMemory } from "./load-memory.mjs";
import { createSoakTally, describeHitRatio } from "./load-soak-tally.mjs";
import { serverErrorLines } from "./server-errors.mjs";
import { allPublicSlugs, createReuse, sandboxCall, sandboxGet } from "./sandbox-api.mjs";
import { seededRandom } from "./seeded-random.mjs";

const CONNECTIONS = 50;
/** Shares of the requests: anonymous pages, signed-in dashboard pages, writes (the rest). */
const PAGE_SHARE = 0.75;
const DASHBOARD_SHARE = 0.22;
/** Producers made for the soak (POST /_sandbox/users), besides the sandbox's demo producer. */
const EXTRA_PRODUCERS = 3;
const REUSES_PER_PRODUCER = 2;
/** Reuse pages of the catalogue the visitors read, besides the producers' own. */
const CATALOGUE_PAGES = 60;
const ANSWER_TIMEOUT_S = 30;
/** RSS is compared from the end of the first minute (of the first half of a shorter soak) to the end. */
const MEMORY_FROM_SECOND = 60;
const MAX_MEMORY_GROWTH = 0.1;
const UPDATE_PATH = "/api/trpc/producerReuses.update";
/** How the descriptions the soak writes begin. */
const WRITE_MARK = "Modifiée pendant l’essai d’endurance (écriture";

/** `REUSES_PER_PRODUCER` public reuses of a new producer: `[{id, slug}]`. */
async function newProducerReuses(sandboxUrl, apiKey, index) {
  const reuses = [];
  for (let n = 1; n <= REUSES_PER_PRODUCER; n++) {
    const reuse = await createReuse(sandboxUrl, apiKey, {
      title: `Endurance ${index}-${n}`,
      description: "Une réutilisation de l’essai d’endurance, modifiée sans cesse pendant la mesure.",
      url: `https://example.org/endurance/${index}-${n}`,
    });
    reuses.push(reuse);
  }
  return reuses;
}

/** The demo producer and `EXTRA_PRODUCERS` new ones, each signed in from its own address, with its reuses. */
async function signedInProducers({ sandboxUrl, appUrl }) {
  const accounts = [{ name: "demo-producer", apiKey: "sandbox-key-producer" }];
  for (let index = 1; index <= EXTRA_PRODUCERS; index++) {
    const { apikey } = await createAccount(sandboxUrl, { name: `Endurance ${index}` });
    accounts.push({ name: `producer-${index}`, apiKey: apikey, index });
  }
  return Promise.all(
    accounts.map(async ({ name, apiKey, index }, position) => {
      const reuses = index
        ? await newProducerReuses(sandboxUrl, apiKey, index)
        : (await sandboxCall(sandboxUrl, "GET", "/api/1/me/reuses/", { apiKey, fields: "id,slug,private,deleted" }))
            .filter((reuse) => !reuse.private && !reuse.deleted)
            .slice(0, REUSES_PER_PRODUCER);
      if (reuses.length === 0) throw new Error(`soak: ${name} has no public reuse to write to`);
      const clientAddress = `10.66.0.${position + 1}`;
      const session = httpSession(appUrl, { clientAddress });
      const status = await session.signIn(apiKey);
      if (status !== 200) throw new Error(`soak: ${name} could not sign in (HTTP ${status})`);
      const dashboard = ["/dashboard", "/dashboard/metrics", "/dashboard/discussions"];
      for (const { id } of reuses) dashboard.push(`/dashboard/reuses/${id}`, `/dashboard/reuses/${id}/followers`);
      return {
        name,
        reuses,
        dashboard,
        writes: 0,
        headers: { cookie: session.cookies(), "x-forwarded-for": clientAddress },
      };
    }),
  );
}

/** The anonymous pages, each in French and in English: hot pages, listings, the producers' and other reuses. */
async function anonymousPages(sandboxUrl, producers) {
  const slugs = await allPublicSlugs(sandboxUrl);
  const step = Math.max(1, Math.floor(slugs.length / CATALOGUE_PAGES));
  const french = ["/", "/reuses", "/reuses?page=2", "/reuses?sort=-views", "/reuses?q=transport"];
  for (const producer of producers) for (const { slug } of producer.reuses) french.push(`/reuses/${slug}`);
  for (let index = 0; index < slugs.length && french.length < CATALOGUE_PAGES + 20; index += step) {
    french.push(`/reuses/${slugs[index]}`);
  }
  return french.flatMap((path) => [path, path === "/" ? "/en" : `/en${path}`]);
}

/**
 * What each request asks for: `{kind, path, method, headers, body, producer, reuseId}`, drawn with a fixed seed.
 * `origin` is the site's, which a write must come from (the same-origin check of mutations).
 */
function requestDrawer(pages, producers, origin) {
  const random = seededRandom(20_261_203);
  const pick = (list) => list[Math.floor(random() * list.length)];
  let written = 0;
  return () => {
    const draw = random();
    if (draw < PAGE_SHARE) {
      return { kind: "page", path: pick(pages), headers: { accept: "text/html" } };
    }
    const producer = pick(producers);
    if (draw < PAGE_SHARE + DASHBOARD_SHARE) {
      return {
        kind: "dashboard",
        path: pick(producer.dashboard),
        headers: { accept: "text/html", ...producer.headers },
      };
    }
    written += 1;
    const reuseId = pick(producer.reuses).id;
    const description = `${WRITE_MARK} ${written}, ${new Date().toISOString()}).`;
    return {
      kind: "write",
      producer,
      reuseId,
      method: "POST",
      path: UPDATE_PATH,
      // As the producer's browser sends it: with its cookie, from the site's origin.
      headers: { ...producer.headers, "content-type": "application/json", origin },
      body: JSON.stringify({ json: { id: reuseId, description } }),
    };
  };
}

/** The soak's load: resolves with autocannon's result and the tally of the answers. */
async function soakLoad({ appUrl, pages, producers, seconds }) {
  const tally = createSoakTally();
  const written = new Set();
  const next = requestDrawer(pages, producers, new URL(appUrl).origin);
  const result = await autocannon({
    url: appUrl,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: ANSWER_TIMEOUT_S,
    headers: { "accept-encoding": "gzip" },
    requests: [
      {
        setupRequest(request, context) {
          const { kind, producer, reuseId, method = "GET", path, headers, body } = next();
          Object.assign(context, { kind, producer, reuseId, path });
          return { ...request, method, path, headers: { ...request.headers, ...headers }, body };
        },
        onResponse(status, _body, context, headers) {
          tally.record(context.kind, context.path, status, headers["x-page-cache"]);
          if (context.kind !== "write" || status !== 200) return;
          context.producer.writes += 1;
          written.add(context.reuseId);
        },
      },
    ],
  });
  return { result, tally, written };
}

/** How many of the reuses `ids` have, on data.gouv.fr, a description one of the soak's writes gave them. */
async function writesLanded(sandboxUrl, ids) {
  const reuses = await Promise.all([...ids].map((id) => sandboxGet(sandboxUrl, `/api/1/reuses/${id}/`, "description")));
  return reuses.filter(({ description }) => description.startsWith(WRITE_MARK)).length;
}

/** Runs the soak against the stack's server and records its checks and figures in `report`. */
export async function soak({ sandboxUrl, appUrl, app }, seconds, { check, figure }) {
  const producers = await signedInProducers({ sandboxUrl, appUrl });
  const pages = await anonymousPages(sandboxUrl, producers);
  console.log(
    `Soak: ${CONNECTIONS} connections for ${seconds} s: ${pages.length} anonymous pages (French and English), ` +
      `the dashboards of ${producers.length} signed-in producers and their writes`,
  );
  const memory = sampleResidentMemory(app.child.pid);
  const { result, tally, written } = await soakLoad({ appUrl, pages, producers, seconds }).finally(memory.stop);

  const { page, dashboard, write } = tally.requests;
  figure(
    "soak: requests",
    `${result.requests.total} in ${result.duration.toFixed(0)} s (${result.requests.average.toFixed(0)}/s)`,
  );
  figure("soak: anonymous pages / dashboard pages / writes", `${page} / ${dashboard} / ${write}`);
  figure("soak: writes by producer", producers.map((producer) => `${producer.name} ${producer.writes}`).join(", "));
  figure("soak: latency p50 / p99", `${result.latency.p50} / ${result.latency.p99} ms (max ${result.latency.max} ms)`);
  figure("soak: page-cache hit ratio (anonymous pages)", describeHitRatio(tally.pageCache));
  const from = Math.min(MEMORY_FROM_SECOND, Math.floor(seconds / 2));
  const [before, after] = [memory.at(from), memory.at(seconds)];
  const growth = before && after ? (after - before) / before : undefined;
  const growthText = growth === undefined ? "n/a" : `${(growth * 100).toFixed(1)} %`;
  figure(`soak: RSS at ${from} s / ${seconds} s`, `${megabytes(before)} / ${megabytes(after)} (${growthText})`);

  // A kind whose answers the client could not delimit (no length, no chunks) would count none: no error either.
  check(
    "soak: answers came to every kind of request",
    page > 0 && dashboard > 0 && write > 0,
    `${page} pages, ${dashboard} dashboard pages, ${write} writes`,
  );
  check(
    "soak: no connection error or timeout",
    result.errors === 0,
    `${result.errors} errors, ${result.timeouts} timeouts`,
  );
  const unexpected = tally.unexpectedByKindAndStatus();
  const examples = [...tally.unexpected.keys()].slice(0, 5).join("; ");
  check(
    "soak: every page and write answered 200 (no 5xx, no redirect to the sign-in page)",
    tally.unexpected.size === 0,
    tally.unexpected.size === 0 ? "yes" : `${JSON.stringify(unexpected)} e.g. ${examples}`,
  );
  const landed = await writesLanded(sandboxUrl, written);
  check(
    "soak: the writes reached data.gouv.fr (each reuse written holds a description the soak wrote)",
    write > 0 && landed === written.size,
    `${landed} of ${written.size} reuses written`,
  );
  check("soak: the server process is still alive", app.child.exitCode === null && app.child.signalCode === null);
  const errors = serverErrorLines(app.output());
  check("soak: the server logged no unexpected error", errors.length === 0, errors.slice(0, 3).join(" | ") || "none");
  check(
    `soak: RSS grows by less than ${MAX_MEMORY_GROWTH * 100} % from ${from} s to ${seconds} s`,
    growth !== undefined && growth < MAX_MEMORY_GROWTH,
    growthText,
  );
}
