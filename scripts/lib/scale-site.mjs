// What the scale checks do on the site and ask the sandbox: the demo producer's reuses, a reuse's title, the
// dashboard's tRPC mutation, a page and its page-cache status.

export const PRODUCER_KEY = "sandbox-key-producer";
export const PRODUCER_SLUG = "demo-producer";
export const MEMBER_KEY = "sandbox-key-member";

/** The demo producer's reuses as data.gouv.fr lists them for them: `{public: [...], private: [...]}` (ids). */
export async function producerReuses(sandboxUrl) {
  const response = await fetch(`${sandboxUrl}/api/1/me/reuses/`, {
    headers: { "x-api-key": PRODUCER_KEY, "x-fields": "id,private,deleted" },
  });
  if (!response.ok) throw new Error(`sandbox /me/reuses/: HTTP ${response.status}`);
  const reuses = (await response.json()).filter((reuse) => !reuse.deleted);
  const ids = (isPrivate) => reuses.filter((reuse) => reuse.private === isPrivate).map((reuse) => reuse.id);
  return { public: ids(false), private: ids(true) };
}

/** A field of a reuse (`title`, `slug`) as data.gouv.fr has it now. */
export async function upstreamReuseField(sandboxUrl, id, field) {
  const response = await fetch(`${sandboxUrl}/api/1/reuses/${id}/`, { headers: { "x-fields": field } });
  return (await response.json())[field];
}

/** A public reuse from the middle of the catalogue, that no check has shown yet. */
export async function catalogueReuse(sandboxUrl, page) {
  const response = await fetch(`${sandboxUrl}/api/1/reuses/?page=${page}&page_size=1&sort=created`, {
    headers: { "x-fields": "data{slug}" },
  });
  // A reuse's page lives at its slug: its id redirects there (308).
  const slug = (await response.json()).data?.[0]?.slug;
  if (!slug) throw new Error(`the sandbox listed no reuse on page ${page}`);
  return slug;
}

/**
 * Renames a reuse as the dashboard's form does: the `producerReuses.update` mutation, sent to `appUrl` with the
 * session's cookies and the site's origin (mutations are refused from elsewhere). Resolves with the HTTP status.
 */
export async function renameReuse(session, { appUrl, siteUrl }, id, title) {
  const response = await session.fetch(`${appUrl}/api/trpc/producerReuses.update`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: siteUrl },
    body: JSON.stringify({ json: { id, title } }),
  });
  await response.body?.cancel();
  return response.status;
}

/** GETs a page (through `session` when given, for its cookies): status, page-cache status, HTML. */
export async function getPage(url, session) {
  const response = session ? await session.fetch(url) : await fetch(url, { redirect: "manual" });
  return { status: response.status, pageCache: response.headers.get("x-page-cache"), html: await response.text() };
}

/**
 * Whether each session still works through `baseUrl`: the server knows it (GET /api/auth/session names a user),
 * its dashboard and a signed-in tRPC query answer 200. One boolean per session, in order.
 */
export async function sessionsWork(sessions, baseUrl) {
  const states = [];
  for (const session of sessions) {
    const known = (await (await session.fetch(`${baseUrl}/api/auth/session`)).json())?.user !== undefined;
    const page = await session.fetch(`${baseUrl}/dashboard`);
    const query = await session.fetch(`${baseUrl}/api/trpc/account.reuses`);
    await Promise.all([page.body?.cancel(), query.body?.cancel()]);
    states.push(known && page.status === 200 && query.status === 200);
  }
  return states;
}
