// `npm run test:scale`: the site deployed as several instances, as README.md describes it ("Deploying several
// instances"): a throw-away redis-server, two production instances sharing it, and nginx (deploy/nginx.conf) in
// front of them, round-robin. Checks that sessions, the sign-in rate limit, the data cache and its invalidation
// are shared, that Redis stopping under load (then restarting on its data) loses no public page and no session,
// and that a rolling restart (SIGTERM to A, A again, then B) and killing an instance in the middle of a load lose
// no request and no session.
//
// Then the disk under the embedded store, without Redis (scale-disk.mjs): DATA_DIR missing, not creatable,
// read-only, full (a small tmpfs: root on Linux), and shared by two instances.
//
//   node scripts/scale.mjs [--quick] [--only-disk] [--report <file>]
//
// --quick: the short version `npm test` runs (shorter load, Redis down 5 s instead of 30 s, no restart after the
// kill, the rolling restart as in the full run, 8 s instead of 30 on a full disk).
// --only-disk: the disk cases alone. Installs redis-server and nginx with
// apt-get when they are missing (root on Debian/Ubuntu); builds the app when there is no build. Exit code 0: every
// check passed; 1: a check failed; 2: the measurement itself failed (something could not start).
import { createChecks, parseArgs, printReport, writeReport } from "./lib/check-report.mjs";
import { ensureBuilt } from "./lib/proc.mjs";
import { checkInvalidation, checkSharedCache } from "./lib/scale-cache.mjs";
import { checkDisk } from "./lib/scale-disk.mjs";
import { checkFailover } from "./lib/scale-failover.mjs";
import { checkRedisOutage, checkRedisRestart } from "./lib/scale-redis.mjs";
import { checkRollingRestart } from "./lib/scale-rolling.mjs";
import { checkSharedRateLimit, checkSharedSession, checkWriteThroughB } from "./lib/scale-sessions.mjs";
import { producerReuses, upstreamReuseField } from "./lib/scale-site.mjs";
import { startScaleStack } from "./lib/scale-stack.mjs";

const LOAD_SECONDS = { quick: 4, full: 12 };
/** How long Redis stays down under load: the issue's 30 s, and a short outage for `npm test`. */
const REDIS_OUTAGE_SECONDS = { quick: 5, full: 30 };

// Exit codes are set, not forced with process.exit(), so that the table is written out in full through a pipe.
process.exitCode = await main();

async function main() {
  const started = Date.now();
  let options;
  try {
    options = parseArgs(process.argv.slice(2), ["--quick", "--only-disk"]);
  } catch (error) {
    console.error(`✖ scale: ${error.message}`);
    return 2;
  }
  if (!(await ensureBuilt())) return 2;
  const results = createChecks();
  try {
    if (!options.onlyDisk) await checkDeployment(results, options);
    console.log("\nThe disk under the embedded store (no Redis): DATA_DIR missing, read-only, full, shared…");
    await checkDisk(results, options);
  } catch (error) {
    console.error(`✖ scale: ${error.message}`);
    return 2;
  }
  printReport(results, "test:scale");
  if (options.report) writeReport(options.report, results);
  const failed = results.checks.filter((check) => !check.ok).length;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n${failed === 0 ? "✓ every check passed" : `✖ ${failed} check(s) failed`} (${seconds} s)`);
  return failed === 0 ? 0 : 1;
}

/** The deployment with Redis and nginx: started, checked, stopped. */
async function checkDeployment(results, options) {
  console.log("Starting redis-server, the sandbox, two instances sharing Redis and nginx in front of them…");
  let stack;
  try {
    const starting = Date.now();
    stack = await startScaleStack();
    results.figure("start-up of the whole deployment (s)", (Date.now() - starting) / 1000);
    console.log(`nginx on ${stack.nginx.url}, instance A on ${stack.a.url}, instance B on ${stack.b.url}\n`);
    await runChecks(stack, results, options);
  } finally {
    await stack?.stop();
  }
}

/**
 * In this order: the cache checks need data nobody changed yet; Redis fails while both instances serve; the
 * rolling restart replaces both instances; the failover comes last, as it kills A.
 */
async function runChecks(stack, results, { quick }) {
  const reuses = await producerReuses(stack.sandbox.url);
  if (reuses.public.length < 2) throw new Error("the sandbox's demo producer has fewer than 2 public reuses");
  const producer = await checkSharedSession(stack, results, reuses.private);
  await checkSharedRateLimit(stack, results);
  await checkSharedCache(stack, results);
  const [renamedThroughB, renamedThroughA] = reuses.public;
  await checkWriteThroughB(stack, results, producer, renamedThroughB);
  await checkInvalidation(stack, results, producer, renamedThroughA);
  const outagePath = `/reuses/${await upstreamReuseField(stack.sandbox.url, renamedThroughA, "slug")}`;
  const outageS = quick ? REDIS_OUTAGE_SECONDS.quick : REDIS_OUTAGE_SECONDS.full;
  const sessions = await checkRedisOutage(stack, results, { sessions: [producer], reusePath: outagePath, outageS });
  await checkRedisRestart(stack, results, sessions);
  // Before the failover, which leaves A dead in the quick run. A reuse's page lives at its current slug.
  const reusePath = `/reuses/${await upstreamReuseField(stack.sandbox.url, renamedThroughB, "slug")}`;
  await checkRollingRestart(stack, results, { instances: ["a", "b"], reusePath });
  const durationS = quick ? LOAD_SECONDS.quick : LOAD_SECONDS.full;
  await checkFailover(stack, results, { producer, reuseId: renamedThroughA, durationS, restart: !quick });
}
