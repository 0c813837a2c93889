import { type ApiRequest, type Context } from "../context";
import { MESSAGES } from "../constants";
import { forbidden, gone, notFound, permanentRedirect } from "../http";
import { type DatasetRecord, type OrganizationRecord, type ReuseRecord } from "../model";
import { type Caller, canEdit, readStatus } from "../visibility";

/**
 * Finding the object a route names (by id or slug), with udata's 404, 410 and 403 answers, and its 308 to
 * the current slug for a former one (udata/routing.py `ModelConverter.to_python`, `lazy_raise_or_redirect`):
 * the Location is the same route with the new slug, a path without the query string, as Flask's `url_for`.
 */
export function findReuse(ctx: Context, request: ApiRequest): ReuseRecord {
  const idOrSlug = request.params.reuse ?? "";
  const reuse = ctx.store.reuse(idOrSlug);
  if (reuse) return reuse;
  const renamed = ctx.store.reuseByFormerSlug(idOrSlug);
  if (!renamed) throw notFound();
  const path = request.url.pathname.split("/");
  path[4] = encodeURIComponent(renamed.slug);
  throw permanentRedirect(path.join("/"));
}

/** A reuse the caller may read (udata's `ReuseAPI.get`): 404 when private, 410 when only deleted, unless theirs. */
export function readableReuse(ctx: Context, request: ApiRequest): ReuseRecord {
  const reuse = findReuse(ctx, request);
  const status = readStatus(reuse, request.caller);
  if (status === 410) throw gone(MESSAGES.reuseDeleted);
  if (status === 404) throw notFound();
  return reuse;
}

/** A reuse the caller may modify (`permissions["edit"].test()`), deleted or not: 403 when not theirs. */
export function ownReuse(ctx: Context, request: ApiRequest, caller: Caller): ReuseRecord {
  const reuse = findReuse(ctx, request);
  if (!canEdit(reuse, caller)) throw forbidden();
  return reuse;
}

/** A live reuse the caller may modify (`ReuseAPI.delete`): 410 when deleted, then 403 when not theirs. */
export function editableReuse(ctx: Context, request: ApiRequest, caller: Caller): ReuseRecord {
  if (findReuse(ctx, request).deleted) throw gone(MESSAGES.reuseDeleted);
  return ownReuse(ctx, request, caller);
}

export function findDataset(ctx: Context, idOrSlug: string | undefined): DatasetRecord {
  const dataset = idOrSlug === undefined ? undefined : ctx.store.dataset(idOrSlug);
  if (!dataset) throw notFound();
  if (dataset.deleted) throw gone("Dataset has been deleted");
  return dataset;
}

export function findOrganization(ctx: Context, idOrSlug: string | undefined): OrganizationRecord {
  const organization = idOrSlug === undefined ? undefined : ctx.store.organization(idOrSlug);
  if (!organization) throw notFound();
  if (organization.deleted) throw gone("Organization has been deleted");
  return organization;
}
