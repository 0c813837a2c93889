import { type CommunityResourceRecord, type DatasetRecord } from "../model";
import { slugify } from "../slug";
import { type SeedBuilder } from "./builder";
import { generatedDataset } from "./datasets";
import { DEMO_ACCOUNTS } from "./demo";
import { type DiscussionSubject, answererOf, generatedDiscussion } from "./discussions";
import { hashDate, objectId, uuid } from "./hash";

/**
 * What the demo accounts' dashboards list besides reuses: the producer's own datasets (one private),
 * a community resource of theirs, and open discussions on the producer's and the member's objects,
 * each on a subject that exists and has a title.
 */
const PRODUCER_DATASETS = [
  "Bornes de réparation de vélos du quartier",
  "Relevés de bruit autour des écoles",
  "Brouillon : inventaire des fontaines",
];

function addProducerDatasets(builder: SeedBuilder): DatasetRecord[] {
  const owner = DEMO_ACCOUNTS.producer.id;
  return PRODUCER_DATASETS.map((title, index) => {
    const id = objectId("demo-dataset", index);
    const dataset: DatasetRecord = {
      ...generatedDataset(id, null, { title, slug: slugify(title) }),
      owner,
      private: title.startsWith("Brouillon"),
    };
    builder.datasets.set(id, dataset);
    return dataset;
  });
}

/** A community resource of the producer's on a real dataset (one with resources). */
function addProducerCommunityResource(builder: SeedBuilder): void {
  const dataset = [...builder.datasets.values()].find((candidate) => candidate.resources.length > 0);
  if (!dataset) return;
  const created = hashDate(2023, 2024, "demo-community-resource", dataset.id);
  const resource: CommunityResourceRecord = {
    id: uuid("demo-community-resource", dataset.id),
    dataset: dataset.id,
    organization: null,
    owner: DEMO_ACCOUNTS.producer.id,
    fields: {
      checksum: null,
      created_at: created,
      description: `Extrait de « ${dataset.title} » au format CSV, préparé pour la démonstration.`,
      extras: {},
      filesize: 48_213,
      filetype: "remote",
      format: "csv",
      harvest: null,
      internal: { created_at_internal: created, last_modified_internal: created },
      last_modified: created,
      metrics: { views: 12 },
      mime: "text/csv",
      preview_url: null,
      schema: { name: null, url: null, version: null },
      title: "Extrait simplifié (démonstration)",
      type: "main",
      url: "https://example.org/demo/extrait-simplifie.csv",
    },
  };
  builder.communityResources.push(resource);
}

/** One more open discussion on the subject; a reuse's count follows. */
function openDiscussionOn(builder: SeedBuilder, subject: DiscussionSubject): void {
  const reuse = subject.class === "Reuse" ? builder.reuses.get(subject.id) : undefined;
  const existing = builder.discussions.filter((discussion) => discussion.subject.id === subject.id).length;
  builder.discussions.push(generatedDiscussion(builder, subject, existing, "open"));
  if (reuse) reuse.metrics.discussions += 1;
}

function reuseSubject(builder: SeedBuilder, id: string): DiscussionSubject | null {
  const reuse = builder.reuses.get(id);
  if (!reuse) return null;
  return { class: "Reuse", id, answerer: answererOf(builder, reuse), since: reuse.created_at };
}

function datasetSubject(builder: SeedBuilder, dataset: DatasetRecord): DiscussionSubject {
  const since = String(dataset.fields.created_at ?? "2023-01-01T00:00:00.000000+00:00");
  return { class: "Dataset", id: dataset.id, answerer: answererOf(builder, dataset), since };
}

/** Runs after the generated discussions (seed/discussions.ts), so that it only adds open ones. */
export function addDemoActivity(builder: SeedBuilder): void {
  const datasets = addProducerDatasets(builder);
  addProducerCommunityResource(builder);
  const subjects: (DiscussionSubject | null)[] = [
    ...datasets.filter((dataset) => !dataset.private).map((dataset) => datasetSubject(builder, dataset)),
    ...[...builder.reuses.values()]
      .filter((reuse) => reuse.owner === DEMO_ACCOUNTS.producer.id && !reuse.private && !reuse.deleted)
      .map((reuse) => reuseSubject(builder, reuse.id)),
    ...[...builder.reuses.values()]
      .filter(
        (reuse) => reuse.organization === DEMO_ACCOUNTS.member.organization.id && !reuse.private && !reuse.deleted,
      )
      .slice(0, 2)
      .map((reuse) => reuseSubject(builder, reuse.id)),
  ];
  for (const subject of subjects) if (subject) openDiscussionOn(builder, subject);
}
