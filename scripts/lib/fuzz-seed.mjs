// The data the fuzzer aims at, made in the fresh sandbox before any hostile input: a public reuse of the demo
// producer, with a dataset, so that valid-looking inputs reach real objects (a hostile title is stored, then
// shown by the pages the fuzzer checks next).
import { sandboxCall } from "./sandbox-api.mjs";

const PRODUCER_KEY = "sandbox-key-producer";

/** `method /api/1<path>` on the sandbox as the demo producer. */
const api = (sandboxUrl, method, path, body) =>
  sandboxCall(sandboxUrl, method, `/api/1${path}`, { apiKey: PRODUCER_KEY, body });

/** `{reuse, slug, dataset, organization}`: ids the fuzzer puts in otherwise valid inputs and paths. */
export async function seedFuzzData({ sandboxUrl }) {
  const me = await api(sandboxUrl, "GET", "/me/");
  const organization = me.organizations?.[0]?.id;
  const dataset = (await api(sandboxUrl, "GET", "/datasets/?page_size=1")).data?.[0]?.id;
  if (!organization || !dataset) throw new Error("seeding: the demo producer has no organization, or no dataset");
  const reuse = await api(sandboxUrl, "POST", "/reuses/", {
    title: "Réutilisation visée par le fuzz",
    description: "Une réutilisation publique que les entrées hostiles visent.",
    type: "application",
    topic: "others",
    url: "https://example.org/fuzz-target",
    tags: ["fuzz"],
    datasets: [dataset],
  });
  return { reuse: reuse.id, slug: reuse.slug, dataset, organization };
}
