import { type Context } from "../context";
import { MESSAGES } from "../constants";
import { forbidden, gone, notFound } from "../http";
import { type DatasetRecord, type OrganizationRecord, type ReuseRecord } from "../model";
import { type Caller, canEdit, readStatus } from "../visibility";

/** Finding the object a route names (by id or slug), with udata's 404, 410 and 403 answers. */
export function findReuse(ctx: Context, idOrSlug: string | undefined): ReuseRecord {
  const reuse = idOrSlug === undefined ? undefined : ctx.store.reuse(idOrSlug);
  if (!reuse) throw notFound();
  return reuse;
}

/** A reuse the caller may read: 410 when deleted, 404 when private, unless the caller can edit it. */
export function readableReuse(ctx: Context, idOrSlug: string | undefined, caller: Caller | null): ReuseRecord {
  const reuse = findReuse(ctx, idOrSlug);
  const status = readStatus(reuse, caller);
  if (status === 410) throw gone(MESSAGES.reuseDeleted);
  if (status === 404) throw notFound();
  return reuse;
}

/** A live reuse the caller may modify: 410 when deleted, 403 when not theirs. */
export function editableReuse(ctx: Context, idOrSlug: string | undefined, caller: Caller): ReuseRecord {
  const reuse = findReuse(ctx, idOrSlug);
  if (reuse.deleted) throw gone(MESSAGES.reuseDeleted);
  if (!canEdit(reuse, caller)) throw forbidden();
  return reuse;
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
