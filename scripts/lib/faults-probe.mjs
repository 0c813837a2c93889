// How `scripts/faults.mjs` looks at the site: timed page views (anonymous, or with a signed-in session), tRPC
// mutations sent as the browser sends them, what a page shows (its content, its retry link), and whether an answer
// names server internals.

/** Longer than any answer may take (the write timeout and more): past it, the site did not answer at all. */
const NO_ANSWER_MS = 30_000;

/** A client of the site without a session (fetch, redirects not followed), shaped like an httpSession. */
export function anonymous(baseUrl) {
  return { baseUrl, fetch: (path, init = {}) => fetch(new URL(path, baseUrl), { redirect: "manual", ...init }) };
}

/** A session cookie makes the front server render a public page again instead of serving its copy. */
const RENDER_AGAIN = { cookie: "next-auth.session-token=faults" };

/**
 * GETs `path`; resolves with its status (0: no answer), body, time taken and `pageCache` (the front server's
 * "hit" or "miss", null for pages it does not keep). Never throws. `rendered`: past the front server's page cache
 * (which keeps a page 10 s), to see what the site renders now.
 */
export async function view(client, path, { rendered = false } = {}) {
  const started = Date.now();
  try {
    const headers = rendered ? RENDER_AGAIN : {};
    const response = await client.fetch(path, { headers, signal: AbortSignal.timeout(NO_ANSWER_MS) });
    const body = await response.text();
    const pageCache = response.headers.get("x-page-cache");
    return { path, status: response.status, body, ms: Date.now() - started, pageCache };
  } catch (error) {
    return { path, status: 0, body: "", ms: Date.now() - started, error: error.message };
  }
}

/**
 * Calls a tRPC mutation as the site's pages do (httpBatchLink, superjson, same-origin POST); resolves with the
 * HTTP status, the time taken, the raw body and the error (`{message, data: {code, httpStatus}}`) if any.
 */
export async function mutate(session, procedure, input) {
  const started = Date.now();
  try {
    const response = await session.fetch(`/api/trpc/${procedure}?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: new URL(session.baseUrl).origin },
      body: JSON.stringify({ 0: { json: input } }),
      signal: AbortSignal.timeout(NO_ANSWER_MS),
    });
    const body = await response.text();
    const [answer] = JSON.parse(body);
    return { status: response.status, ms: Date.now() - started, body, error: answer?.error?.json };
  } catch (error) {
    return { status: 0, ms: Date.now() - started, body: "", error: { message: error.message } };
  }
}

/** What a page shows, to compare two views of it: its h1 and the reuse pages it links to. */
export function contentOf(body) {
  const h1 =
    /<h1\b[^>]*>([\s\S]*?)<\/h1>/
      .exec(body)?.[1]
      ?.replace(/<[^>]+>/g, "")
      .trim() ?? "";
  const links = [...new Set(body.match(/\/reuses\/[a-z0-9][a-z0-9-]*/g) ?? [])].sort();
  return JSON.stringify({ h1, links });
}

/** Whether an HTML page links to `href` with the text "Réessayer" (the retry link of a failure page). */
export function hasRetryLink(body, href) {
  const escaped = href.replaceAll("&", "&amp;");
  return body.includes(`href="${escaped}">Réessayer</a>`);
}
