import { type Json, type JsonObject, arrayAt, isObject, nullableStringAt, objectAt, stringAt } from "../json";
import { type DataserviceRecord } from "../model";
import { type SeedBuilder } from "./builder";
import { hashDate, hashInt, objectId } from "./hash";
import { slugify } from "../slug";

/**
 * APIs (udata's dataservices): the fixtures' three real ones (API Sirene, Explore API v2, API BAN), with the
 * datasets they serve, and a few of ADEME and Cerema (the demo accounts' organizations), whose titles are APIs
 * those producers publish. Reuses of the datasets an API serves use it too, one in three by hash; one
 * published reuse without any dataset uses API Sirene only (udata counts it, but search leaves it out).
 */
const ADEME = "534fff4ca3a7292c64a77c95";
const CEREMA = "5c812a16634f416583ed1876";

interface Invented {
  title: string;
  organization: string;
  base_api_url: string;
  state?: "private" | "archived" | "deleted";
}

const INVENTED: readonly Invented[] = [
  { title: "API Base Empreinte", organization: ADEME, base_api_url: "https://data.ademe.fr/data-fair/api/v1/" },
  { title: "API DPE Logements", organization: ADEME, base_api_url: "https://data.ademe.fr/data-fair/api/v1/" },
  {
    title: "API Aides financières de l'ADEME",
    organization: ADEME,
    base_api_url: "https://data.ademe.fr/data-fair/api/v1/",
    state: "private",
  },
  { title: "API Cartofriches", organization: CEREMA, base_api_url: "https://apidf-preprod.cerema.fr/cartofriches/" },
  {
    title: "API Données foncières DV3F",
    organization: CEREMA,
    base_api_url: "https://apidf-preprod.cerema.fr/dvf_opendata/",
  },
  {
    title: "API Accidentalité routière (version 1)",
    organization: CEREMA,
    base_api_url: "https://apidf-preprod.cerema.fr/accidents/",
    state: "archived",
  },
  {
    title: "API Indicateurs territoriaux",
    organization: CEREMA,
    base_api_url: "https://apidf-preprod.cerema.fr/indicateurs/",
    state: "deleted",
  },
];

const API_SIRENE = "6661e60fda535e9773c510ca";

function fromFixture(builder: SeedBuilder, source: JsonObject): DataserviceRecord {
  const organization = stringAt(objectAt(source, "organization"), "id");
  const metrics = objectAt(source, "metrics");
  return {
    id: stringAt(source, "id"),
    slug: stringAt(source, "slug"),
    title: stringAt(source, "title"),
    acronym: nullableStringAt(source, "acronym"),
    description: stringAt(source, "description"),
    organization: builder.organizations.has(organization) ? organization : null,
    owner: null,
    private: source.private === true,
    deleted_at: nullableStringAt(source, "deleted_at"),
    archived_at: nullableStringAt(source, "archived_at"),
    created_at: stringAt(source, "created_at"),
    metadata_modified_at: stringAt(source, "metadata_modified_at"),
    base_api_url: nullableStringAt(source, "base_api_url"),
    machine_documentation_url: nullableStringAt(source, "endpoint_description_url"),
    technical_documentation_url: null,
    format: nullableStringAt(source, "format"),
    availability: typeof source.availability === "number" ? source.availability : null,
    tags: arrayAt(source, "tags").filter((tag): tag is string => typeof tag === "string"),
    datasets: arrayAt(source, "datasets")
      .filter(isObject)
      .map((ref) => stringAt(ref, "id"))
      .filter((id) => builder.datasets.has(id)),
    metrics: { followers: typeof metrics.followers === "number" ? metrics.followers : 0, views: 0 },
  };
}

function invented(entry: Invented): DataserviceRecord {
  const created = hashDate(2024, 2026, "dataservice", entry.title);
  return {
    id: objectId("dataservice", entry.title),
    slug: slugify(entry.title),
    title: entry.title,
    acronym: null,
    description: `${entry.title} : interrogez ces données en ligne, sans les télécharger.`,
    organization: entry.organization,
    owner: null,
    private: entry.state === "private",
    deleted_at: entry.state === "deleted" ? created : null,
    archived_at: entry.state === "archived" ? created : null,
    created_at: created,
    metadata_modified_at: created,
    base_api_url: entry.base_api_url,
    machine_documentation_url: null,
    technical_documentation_url: null,
    format: "REST",
    availability: null,
    tags: [],
    datasets: [],
    metrics: { followers: hashInt("dataservice-followers", entry.title) % 40, views: 0 },
  };
}

/** Reuses of the datasets each API serves use it too, one in three by hash. */
function linkReusesOfServedDatasets(builder: SeedBuilder): void {
  for (const reuse of builder.reuses.values()) {
    for (const dataservice of builder.dataservices.values()) {
      const serves = reuse.datasets.some((dataset) => dataservice.datasets.includes(dataset));
      if (serves && hashInt("reuse-dataservice", reuse.id, dataservice.id) % 3 === 0)
        reuse.dataservices.push(dataservice.id);
    }
  }
}

/** One published reuse with no dataset uses API Sirene only. */
function linkOneReuseWithoutDataset(builder: SeedBuilder): void {
  const [reuse] = [...builder.reuses.values()]
    .filter((candidate) => candidate.datasets.length === 0 && !candidate.private && !candidate.deleted)
    .sort((a, b) => hashInt("api-only", a.id) - hashInt("api-only", b.id));
  if (reuse && builder.dataservices.has(API_SIRENE)) reuse.dataservices.push(API_SIRENE);
}

export function addDataservices(builder: SeedBuilder, fixtures: readonly Json[]): void {
  for (const entry of fixtures.filter(isObject))
    for (const source of arrayAt(entry, "dataservices").filter(isObject)) {
      const record = fromFixture(builder, source);
      builder.dataservices.set(record.id, record);
    }
  for (const entry of INVENTED) {
    const record = invented(entry);
    builder.dataservices.set(record.id, record);
  }
  linkReusesOfServedDatasets(builder);
  linkOneReuseWithoutDataset(builder);
}
