import { type Context } from "../context";
import { countOf } from "../counts";
import { type JsonObject } from "../json";
import { type OrganizationRecord } from "../model";
import { absolute, apiUrl, pageUrl, thumbnail } from "../urls";
import { userRef } from "./refs";

/** An organization as udata's API v1 answers it (samples/organization.json). */
const ROLE_LABELS = { admin: "Administrateur", editor: "Éditeur" } as const;

function member(ctx: Context, user: string, role: "admin" | "editor", since: string): JsonObject | null {
  const record = ctx.store.user(user);
  const ref = userRef(ctx.base, record);
  if (!record || !ref) return null;
  // udata hides members' addresses from the public.
  const domain = record.email.split("@")[1] ?? "example.org";
  return {
    label: ROLE_LABELS[role],
    role,
    since,
    user: { ...ref, email: `***@${domain}`, last_login_at: record.last_login_at },
  };
}

export function renderOrganization(ctx: Context, organization: OrganizationRecord): JsonObject {
  const { base } = ctx;
  const counts = ctx.counts();
  const members: JsonObject[] = [];
  for (const entry of organization.members) {
    const rendered = member(ctx, entry.user, entry.role, entry.since);
    if (rendered) members.push(rendered);
  }
  return {
    acronym: organization.acronym,
    badges: organization.badges,
    business_number_id: organization.business_number_id,
    created_at: organization.created_at,
    deleted: organization.deleted,
    description: organization.description,
    extras: organization.extras,
    id: organization.id,
    last_modified: organization.last_modified,
    logo: absolute(base, organization.logo),
    logo_thumbnail: thumbnail(base, organization.logo, 100),
    members,
    // The monthly series are not simulated; the shape (including udata's integer `reuses_by_months`) is.
    // Followers and views are the catalogue's (organizations cannot be followed in the sandbox).
    metrics: {
      dataservices: 0,
      dataservices_by_months: {},
      datasets: countOf(counts.datasetsOfOrganization, organization.id),
      datasets_by_months: {},
      datasets_followers_by_months: {},
      datasets_reuses_by_months: {},
      followers: organization.metrics.followers,
      members: organization.members.length,
      reuses: countOf(counts.reusesOfOrganization, organization.id),
      reuses_by_months: 0,
      reuses_followers_by_months: 0,
      views: organization.metrics.views,
    },
    name: organization.name,
    page: pageUrl(base, "organizations", organization.slug),
    slug: organization.slug,
    uri: apiUrl(base, "organizations", organization.slug),
    url: organization.url,
  };
}

export function organizationSuggestion(ctx: Context, organization: OrganizationRecord): JsonObject {
  return {
    acronym: organization.acronym,
    id: organization.id,
    image_url: absolute(ctx.base, organization.logo),
    name: organization.name,
    page: pageUrl(ctx.base, "organizations", organization.slug),
    slug: organization.slug,
  };
}
