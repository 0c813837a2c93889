/** Who is looking: the signed-in visitor as the session tells the browser (ids and roles, no credential). */
export interface Visitor {
  id: string;
  roles: readonly string[];
  organizationIds: readonly string[];
}

/** Who a reuse belongs to: public data, on its page and its card. */
export interface ReuseOwnership {
  ownerId?: string | null;
  organizationId?: string | null;
}

/**
 * Whether the visitor may manage the reuse, as data.gouv.fr decides (udata/core/dataset/permissions.py `OwnablePermission`): a site admin,
 * its owner, or a member of its organization. Only to offer the "Gérer" link: data.gouv.fr checks every write.
 */
export function mayManageReuse(visitor: Visitor | null, reuse: ReuseOwnership): boolean {
  if (!visitor) return false;
  if (visitor.roles.includes("admin")) return true;
  // An organization's reuse is its members' (its owner's too only while a member); a personal one, its owner's.
  if (reuse.organizationId) return visitor.organizationIds.includes(reuse.organizationId);
  return Boolean(reuse.ownerId && reuse.ownerId === visitor.id);
}
