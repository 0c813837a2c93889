import { type DatasetRecord } from "../model";
import { slugify } from "../slug";
import { type SeedBuilder } from "./builder";
import { hashDate, hashInt, pick } from "./hash";

/**
 * A dataset for every id a reuse references that the fixtures do not describe. The title is the
 * real one when a fixture reference gives it, otherwise an invented one; every such dataset is
 * marked `extras["sandbox:generated"]`.
 */
const SUBJECTS = [
  "Équipements sportifs",
  "Bornes de recharge pour véhicules électriques",
  "Qualité de l'air",
  "Demandes de valeurs foncières",
  "Budget primitif",
  "Délibérations du conseil municipal",
  "Horaires des transports en commun",
  "Stationnement vélo",
  "Effectifs scolaires",
  "Résultats électoraux",
  "Population légale",
  "Consommation d'électricité",
  "Arbres d'alignement",
  "Défibrillateurs",
  "Marchés publics",
  "Subventions aux associations",
  "Accidents corporels de la circulation",
  "Points d'apport volontaire",
  "Lieux culturels",
  "Établissements de santé",
  "Offres d'emploi",
  "Prix des carburants",
  "Registre parcellaire graphique",
  "Adresses",
  "Risques naturels",
  "Monuments historiques",
];
const SCOPES = [
  "en France",
  "par commune",
  "par département",
  "par région",
  "de la métropole",
  "2015-2022",
  "en temps réel",
  "— données annuelles",
];
const FREQUENCIES = ["annual", "monthly", "weekly", "daily", "punctual", "irregular", "unknown"];
const LICENSES = ["lov2", "fr-lo", "odc-odbl", "notspecified", "cc-by"];

function inventedTitle(id: string): string {
  return `${pick(SUBJECTS, "dataset-subject", id)} ${pick(SCOPES, "dataset-scope", id)}`;
}

export function generatedDataset(
  id: string,
  organization: string | null,
  reference?: { title: string; slug: string },
): DatasetRecord {
  const title = reference?.title || inventedTitle(id);
  const created = hashDate(2014, 2023, "dataset-created", id);
  const modified = hashDate(2023, 2024, "dataset-modified", id);
  return {
    id,
    slug: reference?.slug || slugify(title),
    title,
    organization,
    owner: null,
    private: false,
    deleted: null,
    fields: {
      acronym: null,
      archived: null,
      badges: [],
      contact_points: [],
      created_at: created,
      description: `${title}.\n\nJeu de données reconstitué par le bac à sable : seul son identifiant (et parfois son titre) est réel.`,
      description_short: null,
      extras: { "sandbox:generated": true },
      featured: false,
      frequency: pick(FREQUENCIES, "dataset-frequency", id),
      frequency_date: modified,
      harvest: null,
      internal: { created_at_internal: created, last_modified_internal: modified },
      last_modified: modified,
      last_update: modified,
      license: pick(LICENSES, "dataset-license", id),
      metrics: {
        discussions: hashInt("dataset-discussions", id) % 6,
        followers: hashInt("dataset-followers", id) % 40,
        resources_downloads: hashInt("dataset-downloads", id) % 20_000,
        reuses: 0,
        views: hashInt("dataset-views", id) % 50_000,
      },
      quality: {
        all_resources_available: false,
        dataset_description_quality: false,
        has_open_format: false,
        has_resources: false,
        license: true,
        resources_documentation: false,
        score: 0.2,
        spatial: false,
        temporal_coverage: false,
        update_frequency: true,
        update_fulfilled_in_time: false,
      },
      schema: null,
      spatial: null,
      tags: [],
      temporal_coverage: null,
    },
    resources: [],
  };
}

export function addReferencedDatasets(builder: SeedBuilder): void {
  const publishers = [...builder.organizations.values()]
    .filter((organization) => organization.badges.some((badge) => badge.kind === "certified"))
    .map((organization) => organization.id)
    .sort();
  for (const reuse of builder.reuses.values()) {
    for (const id of reuse.datasets) {
      if (builder.datasets.has(id)) continue;
      const publisher = pick(publishers, "dataset-organization", id);
      builder.datasets.set(id, generatedDataset(id, publisher, builder.datasetReferences.get(id)));
    }
  }
}
