// The sandbox called directly (not through the site), for the measuring scripts: to seed data, to see what
// data.gouv.fr really holds, and to drive its control routes.

/**
 * `method path` on the sandbox (`path` from its root: `/api/1/…` or `/_sandbox/…`), as `apiKey` when given, with
 * an X-Fields mask when given. Resolves with the JSON answer (undefined when empty); throws on a non-2xx.
 */
export async function sandboxCall(sandboxUrl, method, path, { apiKey, body, fields } = {}) {
  const headers = {};
  if (apiKey) headers["X-API-KEY"] = apiKey;
  if (fields) headers["X-Fields"] = fields;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(new URL(path, sandboxUrl), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`sandbox ${method} ${path}: HTTP ${response.status} ${text.slice(0, 200)}`);
  return text ? JSON.parse(text) : undefined;
}

/** An anonymous GET of the sandbox's API, masked with `fields` when given. */
export function sandboxGet(sandboxUrl, path, fields) {
  return sandboxCall(sandboxUrl, "GET", path, { fields });
}

/** Every public reuse's slug, oldest first. */
export async function allPublicSlugs(sandboxUrl) {
  const slugs = [];
  for (let page = 1; ; page++) {
    const path = `/api/1/reuses/?sort=created&page_size=500&page=${page}`;
    const answer = await sandboxGet(sandboxUrl, path, "data{slug},total");
    slugs.push(...answer.data.map((reuse) => reuse.slug));
    if (slugs.length >= answer.total || answer.data.length === 0) return slugs;
  }
}

/**
 * A new reuse of `apiKey`'s account, an application of the sandbox's first dataset (data.gouv.fr lists a public
 * reuse only with a dataset), public unless `isPrivate`: resolves with `{id, slug}`.
 */
export async function createReuse(sandboxUrl, apiKey, { title, description, url, isPrivate = false }) {
  const [dataset] = (await sandboxGet(sandboxUrl, "/api/1/datasets/?page_size=1", "data{id}")).data;
  const body = {
    title,
    description,
    url,
    type: "application",
    topic: "others",
    datasets: dataset ? [dataset.id] : [],
    private: isPrivate,
  };
  return sandboxCall(sandboxUrl, "POST", "/api/1/reuses/", { apiKey, fields: "id,slug", body });
}
