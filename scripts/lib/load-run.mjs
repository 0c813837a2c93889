// One autocannon run over a mix of public pages (see load-mix.mjs), answers tallied by status, with the 404s of
// the deliberately missing pages counted apart from every other non-2xx answer.
import autocannon from "autocannon";

/** Seconds autocannon waits for an answer before counting a timeout (an error). */
const ANSWER_TIMEOUT_S = 30;

/**
 * Runs `connections` connections for `seconds` against `appUrl`, each asking for `mix.next()` in turn (one
 * request at a time per connection). Resolves with autocannon's result and the tally.
 */
export async function runLoad({ appUrl, mix, connections, seconds }) {
  const tally = { expected404: 0, unexpected: new Map(), missingNot404: 0 };
  const instance = autocannon({
    url: appUrl,
    connections,
    duration: seconds,
    timeout: ANSWER_TIMEOUT_S,
    // As browsers ask; the front server then sends its gzipped copy of a page.
    headers: { "accept-encoding": "gzip", accept: "text/html,application/xml;q=0.9,*/*;q=0.8" },
    requests: [
      {
        setupRequest(request, context) {
          context.path = mix.next();
          return { ...request, path: context.path };
        },
        onResponse(status, _body, context) {
          const missing = mix.isMissing(context.path);
          if (missing && status === 404) tally.expected404 += 1;
          else if (missing) tally.missingNot404 += 1;
          if (status >= 200 && status < 300) return;
          if (missing && status === 404) return;
          const key = `${status} ${context.path}`;
          tally.unexpected.set(key, (tally.unexpected.get(key) ?? 0) + 1);
        },
      },
    ],
  });
  const result = await instance;
  return { result, tally };
}

/** Non-2xx answers other than the expected 404s, by status: `{ "500": 3 }`. */
export function unexpectedByStatus(tally) {
  const byStatus = {};
  for (const [key, count] of tally.unexpected) {
    const status = key.split(" ", 1)[0];
    byStatus[status] = (byStatus[status] ?? 0) + count;
  }
  return byStatus;
}

/** Asks for every warm URL once, `concurrency` at a time; resolves with those not answered as expected. */
async function askEachOnce({ appUrl, mix, concurrency }) {
  const failures = [];
  const queue = [...mix.warmUrls];
  async function worker() {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const answer = await fetch(new URL(path, appUrl), { redirect: "manual" }).catch((error) => error);
      await answer.body?.cancel();
      const expected = mix.isMissing(path) ? answer.status === 404 : answer.status >= 200 && answer.status < 300;
      if (!expected) failures.push(`${path}: ${answer.status ?? answer.message}`);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failures;
}

/**
 * Brings the server to its steady state before memory is measured: every warm URL once (the caches fill up to
 * what the run asks for), then `seconds` of the run's load (the heap grows to what that load keeps alive).
 * Resolves with what was not answered as expected.
 */
export async function warmUp({ appUrl, mix, connections, seconds }) {
  const failures = await askEachOnce({ appUrl, mix, concurrency: 20 });
  const { result, tally } = await runLoad({ appUrl, mix, connections, seconds });
  if (result.errors > 0) failures.push(`${result.errors} connection errors or timeouts`);
  failures.push(...[...tally.unexpected].map(([answer, count]) => `${answer} (× ${count})`));
  return failures;
}
