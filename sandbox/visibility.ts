import { type OrganizationRecord, type ReuseRecord, type UserRecord } from "./model";

/**
 * udata's visibility rules for reuses. The v1 listing shows every reuse that is neither private nor deleted;
 * search and the feed show only *visible* ones, which also have a dataset. Owners, members of the reuse's
 * organization and site admins read them anyway.
 */
export interface Caller {
  user: UserRecord;
  isAdmin: boolean;
  /** Ids of the organizations the caller is a member of. */
  organizations: ReadonlySet<string>;
}

/** udata/core/reuse/models.py `ReuseQuerySet.visible` (and `Reuse.is_visible`): what search and the feed index. */
export function isVisible(reuse: ReuseRecord): boolean {
  return !reuse.private && !reuse.deleted && reuse.datasets.length > 0;
}

/** The caller owns the reuse, personally or through one of their organizations. */
function owns(reuse: ReuseRecord, caller: Caller | null): boolean {
  if (!caller) return false;
  return (
    reuse.owner === caller.user.id || (reuse.organization !== null && caller.organizations.has(reuse.organization))
  );
}

export function canEdit(reuse: ReuseRecord, caller: Caller | null): boolean {
  return caller !== null && (caller.isAdmin || owns(reuse, caller));
}

/**
 * The v1 listing (udata/core/reuse/api.py `ReuseListAPI.get`): `Q(private__ne=True, deleted=None)`, with or
 * without datasets, plus the caller's own private and deleted ones, and all of them for a site admin
 * (`visible_by_user`).
 */
export function isListedFor(reuse: ReuseRecord, caller: Caller | null): boolean {
  // udata/core/owned.py `OwnedQuerySet.visible_by_user`: a sysadmin gets everything.
  return (!reuse.private && !reuse.deleted) || caller?.isAdmin === true || owns(reuse, caller);
}

/**
 * The status of a direct read (udata's `ReuseAPI.get`): 200 when neither private nor deleted (also with no
 * dataset) or when the caller can edit it; else 410 when deleted but not private, 404 when private.
 */
export function readStatus(reuse: ReuseRecord, caller: Caller | null): 200 | 404 | 410 {
  if ((!reuse.private && !reuse.deleted) || canEdit(reuse, caller)) return 200;
  return reuse.private ? 404 : 410;
}

export function roleIn(organization: OrganizationRecord, caller: Caller | null): "admin" | "editor" | null {
  if (!caller) return null;
  return organization.members.find((member) => member.user === caller.user.id)?.role ?? null;
}
