// `npm run test:faults [-- --quick] [-- --report <file>]`: what the production server does when data.gouv.fr
// fails. For each fault the sandbox can make (500, 503, hang, broken JSON, 429, slow 5 s; see
// scripts/lib/faults-kinds.mjs), right after a producer's change made every cached public answer out of date:
// pages seen before must answer 200 with the content last shown (stale), pages never seen the error page of the
// right status (502, 503, 504) with the French sentence and a retry link, dashboard reads the same, a write (a
// tRPC mutation, as the browser sends it) a clear French error and no change upstream, all naming no internals,
// and within the timeout + 1 s in the full run (the quick one checks no timing). Once the fault ends, the same
// process serves everything again. Exit 0 all passed, 1 a check failed, 2 the measurement itself failed. Builds
// first when there is no build.
import { FAULT_KINDS } from "./lib/faults-kinds.mjs";
import { anonymous, contentOf, view } from "./lib/faults-probe.mjs";
import { faultRound } from "./lib/faults-round.mjs";
import { publicSlugs, seedProducer } from "./lib/faults-sandbox.mjs";
import { httpSession } from "./lib/http-session.mjs";
import { parseArgs, runChecks } from "./lib/check-report.mjs";
import { serverErrorLines } from "./lib/server-errors.mjs";
import { ensureBuilt } from "./lib/proc.mjs";
import { startStack } from "./lib/test-stack.mjs";

const TITLE = "faults";
/** A word of the producer's reuse's title (scripts/lib/faults-sandbox.mjs), for a search that finds it. */
const SEARCH_WORD = "pannes";

/** Pages no other part of the run asks for: never seen before the round that asks for them. */
const NEVER_SEEN_SLUGS_FROM = 1_000;

const options = parseArgs(process.argv.slice(2));
process.exitCode = await main();

async function main() {
  if (!(await ensureBuilt())) return 2;
  console.log("Starting the sandbox and the production server (fresh data directories)…");
  return runChecks(TITLE, options, async (report) => {
    const stack = await startStack();
    try {
      const setup = await prepare(stack, options.quick);
      for (const [round, kind] of FAULT_KINDS.entries()) {
        console.log(`Fault ${round + 1}/${FAULT_KINDS.length}: ${kind.name} ${JSON.stringify(kind.fault)}`);
        await faultRound(setup, kind, round, report);
      }
      const { exitCode, signalCode } = stack.app.child;
      const alive = exitCode === null && signalCode === null;
      report.check(
        "the server process never exited",
        alive,
        `pid ${setup.pid}${alive ? "" : `: ${exitCode ?? signalCode}`}`,
      );
      const errors = serverErrorLines(stack.app.output());
      report.check(
        "the server logged no unexpected error",
        errors.length === 0,
        errors.slice(0, 3).join(" | ") || "none",
      );
    } finally {
      await stack.stop();
    }
  });
}

/**
 * The pages of the run: seen before any fault (the producer's reuse page among them), never seen (new ones each
 * round), read from the dashboard. The full run asks for more of each.
 */
function pagePlan(quick, reuse, unseen) {
  const ownPage = `/reuses/${reuse.slug}`;
  const perRound = quick ? 1 : 2;
  const neverSeen = (round) => {
    const listings = Array.from({ length: perRound }, (_, i) => `/reuses?page=${40 + round * perRound + i}`);
    const details = unseen.slice(round * perRound, (round + 1) * perRound).map((slug) => `/reuses/${slug}`);
    const filtered = quick ? [] : [`/reuses?type=visualization&page=${2 + round}`];
    return [...listings, ...details, ...filtered];
  };
  // Pages that show the producer's reuse (it is the newest, so on the listing's first page; a search finds it):
  // the write before each fault makes exactly those stale (server/cache/tags.ts), not the others.
  const search = `/reuses?q=${encodeURIComponent(SEARCH_WORD)}`;
  if (quick) {
    return {
      ownPage,
      neverSeen,
      seen: ["/reuses", ownPage],
      dashboard: ["/dashboard", `/dashboard/reuses/${reuse.id}`],
    };
  }
  return {
    ownPage,
    neverSeen,
    seen: ["/", "/reuses", search, ownPage],
    dashboard: ["/dashboard", "/dashboard/profile", `/dashboard/reuses/${reuse.id}`, "/dashboard/datasets"],
  };
}

/** A producer with a public reuse, signed in; the run's pages; those seen before any fault, asked for once. */
async function prepare(stack, quick) {
  const { sandboxUrl, appUrl } = stack;
  const { user, reuse } = await seedProducer(sandboxUrl);
  const session = httpSession(appUrl, { clientAddress: "198.51.100.20" });
  const signIn = await session.signIn(user.apikey);
  if (signIn !== 200 || !(await session.signedIn())) throw new Error(`signing in: HTTP ${signIn}`);
  const slugs = await publicSlugs(sandboxUrl, NEVER_SEEN_SLUGS_FROM, 2 * FAULT_KINDS.length);
  const plan = { ...pagePlan(quick, reuse, slugs), gateTimes: !quick };

  const anonymousClient = anonymous(appUrl);
  const seenPages = [];
  for (const path of plan.seen) {
    const answer = await view(anonymousClient, path);
    if (answer.status !== 200) throw new Error(`GET ${path} before any fault: HTTP ${answer.status}`);
    if (path === plan.ownPage && !answer.body.includes(reuse.description)) throw new Error(`${path}: no description`);
    if (path !== plan.ownPage && !answer.body.includes(plan.ownPage))
      throw new Error(`${path}: the reuse is not shown`);
    seenPages.push({ path, content: contentOf(answer.body) });
  }
  const { ownPage } = plan;
  return {
    ...stack,
    user,
    reuse,
    session,
    anonymousClient,
    plan,
    seenPages,
    ownPage,
    shownDescription: reuse.description,
    pid: stack.app.child.pid,
  };
}
