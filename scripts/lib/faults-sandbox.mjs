// The sandbox as `scripts/faults.mjs` drives it: its control routes (faults, users) and its API, called directly
// (not through the site) to seed data and to see what data.gouv.fr really holds.
import { sandboxCall as call } from "./sandbox-api.mjs";

/** Makes every /api request fail as `fault` says (see FAULT_KINDS), until clearFaults. */
export function setFaults(sandboxUrl, fault) {
  return call(sandboxUrl, "POST", "/_sandbox/faults", { body: fault });
}

/** Ends the faults; the sandbox also drops the requests it was holding (hang). */
export function clearFaults(sandboxUrl) {
  return call(sandboxUrl, "DELETE", "/_sandbox/faults");
}

/** A new producer and a public reuse of theirs (with two datasets, so that listings show it). */
export async function seedProducer(sandboxUrl) {
  const user = await call(sandboxUrl, "POST", "/_sandbox/users", { body: { first_name: "Paula", last_name: "Panne" } });
  const { data: datasets } = await call(sandboxUrl, "GET", "/api/1/datasets/?page_size=2", { fields: "data{id}" });
  const reuse = await call(sandboxUrl, "POST", "/api/1/reuses/", {
    apiKey: user.apikey,
    body: {
      title: "Carte des pannes de data.gouv.fr",
      description: "Une réutilisation pour vérifier ce que le site montre quand sa source de données est en panne.",
      url: `https://exemple.fr/pannes/${user.id}`,
      type: "application",
      topic: "transport_and_mobility",
      datasets: datasets.map((dataset) => dataset.id),
    },
  });
  return { user, reuse: { id: reuse.id, slug: reuse.slug, description: reuse.description } };
}

/** The reuse's description as data.gouv.fr holds it now. */
export async function upstreamDescription(sandboxUrl, apiKey, reuseId) {
  const reuse = await call(sandboxUrl, "GET", `/api/1/reuses/${reuseId}/`, { apiKey, fields: "description" });
  return reuse.description;
}

/** Public reuse slugs, oldest first, `count` of them starting at `offset`: pages the site has never shown. */
export async function publicSlugs(sandboxUrl, offset, count) {
  const page = Math.floor(offset / count) + 1;
  const path = `/api/1/reuses/?sort=created&page_size=${count}&page=${page}`;
  const { data } = await call(sandboxUrl, "GET", path, { fields: "data{slug}" });
  return data.map((reuse) => reuse.slug);
}
