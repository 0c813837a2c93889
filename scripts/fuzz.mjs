// `node scripts/fuzz.mjs [--quick] [--report file]` (`npm run test:fuzz`): hostile input to every tRPC
// procedure of the real router (anonymous and signed in) and to every route of app/ (path segments, query
// parameters, raw paths), on the production server against a fresh sandbox (builds first when there is no
// build). Checks that no answer is a 5xx, that no upstream request leaves the upstream client's routes (the
// sandbox's request log is the witness), that no input comes back unescaped, and that invalid input makes no
// upstream call. `--quick`: the short, fixed subset `npm test` runs. Exits 1 when a check fails, 2 when the run
// itself failed.
import { setTimeout as sleep } from "node:timers/promises";

import { parseArgs, writeReport } from "./lib/check-report.mjs";
import { authCases } from "./lib/fuzz-auth.mjs";
import { bodyCases } from "./lib/fuzz-bodies.mjs";
import { valueDraw } from "./lib/fuzz-draw.mjs";
import { hugeBodyChecks } from "./lib/fuzz-huge-bodies.mjs";
import { createRunner } from "./lib/fuzz-run.mjs";
import { checkResults, printResults, totals } from "./lib/fuzz-report.mjs";
import { seedFuzzData } from "./lib/fuzz-seed.mjs";
import { anonymous, signedIn } from "./lib/fuzz-identities.mjs";
import { pageGroups, rawPathCases } from "./lib/fuzz-pages.mjs";
import { listProcedures, listRoutes, pathSegmentRules, upstreamAllowList } from "./lib/fuzz-targets.mjs";
import { trpcCases } from "./lib/fuzz-trpc.mjs";
import { ensureBuilt } from "./lib/proc.mjs";
import { startStack } from "./lib/test-stack.mjs";

/** The random strings of the full run are drawn from this seed: the same every run, so failures reproduce. */
const SEED = 20_240_611;

const options = readOptions();

function readOptions() {
  try {
    return parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`✖ fuzz: ${error.message}`);
    process.exit(2);
  }
}

// Exit codes are set, not forced with process.exit(), so that the table is written out in full through a pipe.
process.exitCode = await main();

async function main() {
  const started = Date.now();
  if (!(await ensureBuilt())) return 2;
  let results;
  let figures;
  let bodyChecks;
  try {
    const targets = {
      listing: listProcedures(),
      routes: listRoutes(),
      allowed: upstreamAllowList(),
      rules: pathSegmentRules(),
    };
    console.log(
      `Fuzzing ${targets.listing.procedures.length} procedures and ${targets.routes.length} routes ` +
        `(${options.quick ? "quick" : "full"}, seed ${SEED}); ${targets.allowed.length} upstream routes allowed.`,
    );
    console.log("Starting the sandbox and the production server (fresh data directories)…");
    const stack = await startStack();
    try {
      ({ results, figures, bodyChecks } = await fuzz(stack, targets));
    } finally {
      await stack.stop();
    }
  } catch (error) {
    console.error(`✖ fuzz: ${error.stack ?? error.message}`);
    return 2;
  }
  figures.seconds = Math.round((Date.now() - started) / 1000);
  printResults(results, figures);
  for (const { name, ok, detail } of bodyChecks) console.log(`${ok ? "✓" : "✖"} ${name}: ${detail}`);
  const checks = [...checkResults(results), ...bodyChecks];
  if (options.report) writeReport(options.report, { checks, figures });
  const failed = checks.filter((check) => !check.ok).length;
  console.log(`\n${failed === 0 ? "✓ every check passed" : `✖ ${failed} check(s) failed`} (${figures.seconds} s)`);
  return failed === 0 ? 0 : 1;
}

async function fuzz(stack, { listing, routes, allowed, rules }) {
  const ids = await seedFuzzData(stack);
  const identities = [
    anonymous(),
    await signedIn(stack, {
      name: "producer",
      apiKey: "sandbox-key-producer",
      kind: { organizations: [ids.organization] },
    }),
    await signedIn(stack, { name: "admin", apiKey: "sandbox-key-admin", kind: { roles: ["admin"] } }),
  ];
  const runner = createRunner({ stack, allowed, identities });
  const { quick } = options;
  const draw = valueDraw({ quick, seed: SEED });
  const appOrigin = new URL(stack.appUrl).origin;
  const fills = {
    slug: ids.slug,
    id: ids.reuse,
    file: "pages.xml",
    trpc: "reuses.types",
    nextauth: "session",
    // app/[locale]/[...rest]: any other address, a 404 page.
    rest: "page-inconnue",
  };
  const phase = async (name, cases) => {
    const start = Date.now();
    for (const testCase of cases) await runner.run(testCase);
    console.log(`  ${name}: ${cases.length} inputs in ${((Date.now() - start) / 1000).toFixed(1)} s`);
  };
  // First, while the server has seen little else: its memory is what these measure.
  const bodyChecks = await hugeBodyChecks(stack, { anonymous: identities[0], producer: identities[1] });
  await phase("bodies", bodyCases({ listing, ids, anonymous: identities[0], producer: identities[1], appOrigin }));
  const procedures = (withInput) =>
    identities.flatMap((identity) =>
      trpcCases({ listing, ids, identity, appOrigin, quick, draw }).filter((c) => c.withInput === withInput),
    );

  // Procedures without input last: they ignore it, and some end the session (a new key, no key).
  await phase("tRPC, procedures with an input", procedures(true));
  for (const identity of identities.slice(0, 2)) {
    const cases = [];
    for (const group of pageGroups({ routes, fills, rules, identity, quick, draw })) {
      const { exchange } = await runner.run(group.base);
      cases.push(...group.cases(exchange.response.status));
    }
    await phase(`pages, ${identity.name}`, cases);
    await phase(`raw paths, ${identity.name}`, rawPathCases(identity));
  }
  await phase("tRPC, procedures without input", procedures(false));
  await phase("sign-in", await authCases(stack, identities[0], "sandbox-key-member"));
  // The server writes its log through a pipe: what the last answers logged may still be on its way.
  await sleep(500);
  runner.checkServerLog(stack.app.output());

  const figures = {
    mode: quick ? "quick" : "full",
    seed: SEED,
    procedures: listing.procedures.length,
    routes: routes.length,
    allowedUpstreamRoutes: allowed.length,
    ...totals(runner.results()),
    surfaces: [...runner.results().surfaces.values()],
    identities: identities
      .filter((i) => i.signedIn)
      .map(({ name, restored, replaced }) => ({ name, restored, replaced })),
  };
  return { results: runner.results(), figures, bodyChecks };
}
