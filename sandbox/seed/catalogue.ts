import { fromCatalogue } from "../dates";
import { type Badge, type OrganizationRecord, type ReuseRecord } from "../model";
import { deriveTopic } from "./topics";
import { placeholderPath } from "./paths";
import { type SeedBuilder } from "./builder";

/** Reads the 2023 catalogue exports (reuses and organizations) into the builder. */
function count(text: string | undefined): number {
  const value = Number.parseInt(text ?? "", 10);
  return Number.isFinite(value) ? value : 0;
}

function list(text: string | undefined): string[] {
  return (text ?? "").split(",").filter(Boolean);
}

/** The export writes badges as a Python list: "['public-service', 'certified']". */
function badges(text: string | undefined): Badge[] {
  const kinds = new Set((text ?? "").match(/[a-z-]+/g) ?? []);
  return [...kinds].map((kind) => ({ kind }));
}

function organizationFromRow(row: Record<string, string>): OrganizationRecord {
  const id = row.id ?? "";
  return {
    id,
    name: row.name ?? "",
    acronym: null,
    slug: row.slug ?? id,
    description: row.description ?? "",
    url: null,
    logo: row.logo ? placeholderPath("organizations", id) : null,
    badges: badges(row.badges),
    business_number_id: null,
    created_at: fromCatalogue(row.created_at ?? ""),
    last_modified: fromCatalogue(row.last_modified ?? ""),
    deleted: null,
    extras: {},
    metrics: { followers: count(row["metric.followers"]), views: count(row["metric.views"]) },
    members: [],
  };
}

function reuseFromRow(row: Record<string, string>): ReuseRecord {
  const id = row.id ?? "";
  const title = row.title ?? "";
  const description = row.description ?? "";
  const tags = list(row.tags);
  return {
    id,
    slug: row.slug ?? id,
    former_slugs: [],
    title,
    description,
    type: row.type ?? "other",
    topic: deriveTopic(title, description, tags),
    // The export's `url` is the data.gouv.fr page; the reuse's own website is `remote_url`.
    url: row.remote_url ?? "",
    tags,
    datasets: list(row.datasets),
    dataservices: [],
    organization: row.organization_id || null,
    owner: null,
    image: row.image ? placeholderPath("reuses", id) : null,
    private: false,
    deleted: null,
    archived: null,
    featured: row.featured === "True",
    badges: [],
    created_at: fromCatalogue(row.created_at ?? ""),
    last_modified: fromCatalogue(row.last_modified ?? ""),
    extras: {},
    metrics: {
      discussions: count(row["metric.discussions"]),
      followers: count(row["metric.followers"]),
      views: count(row["metric.views"]),
    },
  };
}

export function addCatalogue(
  builder: SeedBuilder,
  organizationRows: Record<string, string>[],
  reuseRows: Record<string, string>[],
): void {
  for (const row of organizationRows) {
    const organization = organizationFromRow(row);
    builder.organizations.set(organization.id, organization);
  }
  for (const row of reuseRows) {
    const reuse = reuseFromRow(row);
    builder.reuses.set(reuse.id, reuse);
  }
}
