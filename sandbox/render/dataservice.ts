import { type Context } from "../context";
import { countOf } from "../counts";
import { type JsonObject } from "../json";
import { type DataserviceRecord } from "../model";
import { apiUrl, pageUrl } from "../urls";
import { type Caller } from "../visibility";
import { organizationRefWithPermissions, userRef } from "./refs";

/** Whether the caller owns the dataservice (udata's `DataserviceEditPermission`: owner, its organization, admins). */
export function canEditDataservice(dataservice: DataserviceRecord, caller: Caller | null): boolean {
  if (!caller) return false;
  return (
    caller.isAdmin ||
    dataservice.owner === caller.user.id ||
    (dataservice.organization !== null && caller.organizations.has(dataservice.organization))
  );
}

/**
 * A dataservice as udata's `Dataservice.__read_fields__` answers it (udata/core/dataservices/models.py),
 * keys in alphabetical order; `datasets` is a link to the datasets listing (`href=` in the model).
 */
export function renderDataservice(ctx: Context, dataservice: DataserviceRecord, caller: Caller | null): JsonObject {
  const { base, store } = ctx;
  const editable = canEditDataservice(dataservice, caller);
  return {
    access_audiences: [],
    access_type: "open",
    access_type_reason: null,
    access_type_reason_category: null,
    acronym: dataservice.acronym,
    archived_at: dataservice.archived_at,
    authorization_request_url: null,
    availability: dataservice.availability,
    availability_url: null,
    badges: [],
    base_api_url: dataservice.base_api_url,
    business_documentation_url: null,
    contact_points: [],
    created_at: dataservice.created_at,
    datasets: {
      href: `${base}/api/1/datasets/?dataservice=${dataservice.id}`,
      rel: "subsection",
      total: dataservice.datasets.length,
      type: "GET",
    },
    deleted_at: dataservice.deleted_at,
    description: dataservice.description,
    extras: {},
    featured: false,
    format: dataservice.format,
    harvest: null,
    id: dataservice.id,
    license: null,
    machine_documentation_url: dataservice.machine_documentation_url,
    metadata_modified_at: dataservice.metadata_modified_at,
    metrics: {
      discussions: 0,
      discussions_open: 0,
      followers: dataservice.metrics.followers,
      followers_by_months: {},
      reuses: countOf(ctx.counts().reusesOfDataservice, dataservice.id),
      views: dataservice.metrics.views,
    },
    organization: dataservice.organization
      ? organizationRefWithPermissions(base, store.organization(dataservice.organization), caller)
      : null,
    owner: dataservice.owner ? userRef(base, store.user(dataservice.owner)) : null,
    permissions: { delete: editable, edit: editable },
    private: dataservice.private,
    rate_limiting: null,
    rate_limiting_url: null,
    self_api_url: apiUrl(base, "dataservices", dataservice.slug),
    self_web_url: pageUrl(base, "dataservices", dataservice.slug),
    slug: dataservice.slug,
    tags: dataservice.tags,
    technical_documentation_url: dataservice.technical_documentation_url,
    title: dataservice.title,
  };
}

/** udata's `Dataservice.__ref_fields__` (`show_as_ref` fields, with `class` and `id`): what a reuse embeds. */
export function dataserviceRef(ctx: Context, dataservice: DataserviceRecord): JsonObject {
  return {
    class: "Dataservice",
    id: dataservice.id,
    self_api_url: apiUrl(ctx.base, "dataservices", dataservice.slug),
    self_web_url: pageUrl(ctx.base, "dataservices", dataservice.slug),
    title: dataservice.title,
  };
}
