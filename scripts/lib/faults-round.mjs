// One round of `scripts/faults.mjs`: a producer's change (so that every cached public answer showing the reuse is
// out of date and the site must ask data.gouv.fr again), then one fault (FAULT_KINDS) while pages seen before, pages never seen,
// dashboard reads and a write are tried at once, then the fault ends and everything must work again.
import { ANSWER_WITHIN_MS, WRITE_TIMEOUT_MS } from "./faults-kinds.mjs";
import { internalsIn } from "./faults-internals.mjs";
import { contentOf, hasRetryLink, mutate, view } from "./faults-probe.mjs";
import { clearFaults, setFaults, upstreamDescription } from "./faults-sandbox.mjs";

const UPDATE = "producerReuses.update";

function describeViews(views) {
  const cache = (answer) => (answer.pageCache ? ` (${answer.pageCache})` : "");
  return views
    .map((answer) => `${answer.path} ${answer.status || answer.error}${cache(answer)} ${answer.ms} ms`)
    .join("; ");
}

/** Saves a new description of the producer's reuse through the site; resolves with the answer and the text. */
async function writeDescription(setup, text) {
  const answer = await mutate(setup.session, UPDATE, { id: setup.reuse.id, description: text });
  return { answer, text };
}

/** Checks of the answers of the pages that have no older data: the error page, or (slow) the page. */
function checkErrorPages(kind, views, { check }, { sandboxUrl, what }) {
  const wrong = views.filter((answer) => {
    if (!kind.pageStatuses.includes(answer.status)) return true;
    if (answer.status === 200) return false;
    return !answer.body.includes(kind.message) || !hasRetryLink(answer.body, answer.path);
  });
  const statuses = kind.pageStatuses.join(" or ");
  check(
    `${kind.name}: ${what} answer ${statuses}, saying why, with a retry link`,
    wrong.length === 0,
    describeViews(wrong.length ? wrong : views),
  );
  // A slow page that still answered 200 shows the reuse, with its images at the upstream's address: content.
  const leaks = views.flatMap((answer) =>
    internalsIn(answer.body, { sandboxUrl, upstreamHost: answer.status !== 200 }).map(
      (leak) => `${answer.path}: ${leak}`,
    ),
  );
  check(`${kind.name}: ${what} name no internals`, leaks.length === 0, leaks.slice(0, 3).join("; ") || "none");
}

/** Runs the round of `kind`; records its checks and figures in `report`. */
export async function faultRound(setup, kind, round, report) {
  const { check, figure } = report;
  const { sandboxUrl, plan, anonymousClient, session } = setup;
  // A producer's change: every public answer showing the reuse is out of date, so its pages must ask data.gouv.fr.
  const before = await writeDescription(setup, `Version ${round + 1} de la description, avant la panne ${kind.name}.`);
  if (before.answer.status !== 200)
    throw new Error(`a write before the fault ${kind.name}: HTTP ${before.answer.status}`);
  const neverSeen = plan.neverSeen(round);

  await setFaults(sandboxUrl, kind.fault);
  const attempt = `Version ${round + 1} bis, envoyée pendant la panne ${kind.name}.`;
  const [stale, fresh, dashboard, write] = await Promise.all([
    Promise.all(setup.seenPages.map(({ path }) => view(anonymousClient, path))),
    Promise.all(neverSeen.map((path) => view(anonymousClient, path))),
    Promise.all(plan.dashboard.map((path) => view(session, path))),
    writeDescription(setup, attempt),
  ]);
  await clearFaults(sandboxUrl);

  // Rendered now ("miss"), not the front server's copy: the site had to ask data.gouv.fr, and fell back on its data.
  // When data.gouv.fr's answer can still arrive in time (slow), the page may show it: the change made before the
  // fault, or the one saved during it.
  const answerInTime = kind.pageStatuses.includes(200);
  const descriptions = [setup.shownDescription, ...(answerInTime ? [before.text, attempt] : [])];
  const changedStale = stale.filter((answer, index) => {
    const seen = setup.seenPages[index];
    if (answer.status !== 200 || answer.pageCache !== "miss" || contentOf(answer.body) !== seen.content) return true;
    return seen.path === setup.ownPage && !descriptions.some((text) => answer.body.includes(text));
  });
  check(
    `${kind.name}: pages seen before are rendered again: 200, with the content last shown`,
    changedStale.length === 0,
    describeViews(changedStale.length ? changedStale : stale),
  );
  checkErrorPages(kind, fresh, report, { sandboxUrl, what: "pages never seen" });
  checkErrorPages(kind, dashboard, report, { sandboxUrl, what: "dashboard reads" });

  await checkWrite(setup, kind, write, before.text, report);
  const { answer } = write;
  const pages = [...stale, ...fresh, ...dashboard];
  const slowest = Math.max(...pages.map((answer) => answer.ms));
  figure(`${kind.name}: slowest page / write`, `${slowest} ms / ${answer.ms} ms`);
  if (plan.gateTimes) {
    check(
      `${kind.name}: every page answers within ${ANSWER_WITHIN_MS / 1000} s`,
      slowest <= ANSWER_WITHIN_MS,
      `${slowest} ms`,
    );
    const writeLimit = WRITE_TIMEOUT_MS + 1_000;
    check(`${kind.name}: the write answers within ${writeLimit / 1000} s`, answer.ms <= writeLimit, `${answer.ms} ms`);
  }
  await checkRecovery(setup, kind, round, neverSeen, report);
}

/** Parts of a check's detail, the empty ones left out. */
function detail(...parts) {
  return parts.filter(Boolean).join(", ");
}

/** The write tried during the fault: saved when the fault only slows data.gouv.fr down, else refused as it says. */
async function checkWrite(setup, kind, { answer, text }, previous, { check }) {
  const stored = await upstreamDescription(setup.sandboxUrl, setup.user.apikey, setup.reuse.id);
  const took = `HTTP ${answer.status} in ${answer.ms} ms`;
  if (kind.write === "saved") {
    check(`${kind.name}: a write is slow but saved`, answer.status === 200 && stored === text, took);
    return;
  }
  const leaks = internalsIn(answer.body, { sandboxUrl: setup.sandboxUrl, codes: false });
  const said = answer.error?.message;
  check(
    `${kind.name}: a write answers ${kind.write} « ${kind.message} » and changes nothing`,
    answer.status === kind.write && said === kind.message && stored === previous && leaks.length === 0,
    detail(took, `« ${said} »`, stored !== previous && "upstream CHANGED", leaks.length > 0 && `shows ${leaks}`),
  );
}

/**
 * Once the fault is over: the same process renders every page again (past the front server's copies, which may
 * keep what was shown during the fault for their 10 s), with what data.gouv.fr holds now.
 */
async function checkRecovery(setup, kind, round, neverSeen, { check }) {
  const { anonymousClient, session, plan } = setup;
  const saved = await writeDescription(setup, `Version ${round + 1} ter, envoyée après la panne ${kind.name}.`);
  check(
    `${kind.name}: afterwards, a write through the site saves`,
    saved.answer.status === 200,
    `HTTP ${saved.answer.status}`,
  );
  const current = await upstreamDescription(setup.sandboxUrl, setup.user.apikey, setup.reuse.id);
  const views = await Promise.all([
    ...[...setup.seenPages.map(({ path }) => path), ...neverSeen].map((path) =>
      view(anonymousClient, path, { rendered: true }),
    ),
    ...plan.dashboard.map((path) => view(session, path)),
  ]);
  const upToDate = views.find((answer) => answer.path === setup.ownPage)?.body.includes(current);
  const failed = views.filter((answer) => answer.status !== 200);
  const alive = setup.app.child.exitCode === null && setup.app.child.signalCode === null;
  check(
    `${kind.name}: afterwards, the same process renders every page again, up to date`,
    failed.length === 0 && alive && upToDate,
    detail(
      failed.length > 0 ? describeViews(failed) : `${views.length} pages`,
      !alive && "the server process EXITED",
      !upToDate && "the reuse page is out of date",
    ),
  );
  setup.shownDescription = current;
}
