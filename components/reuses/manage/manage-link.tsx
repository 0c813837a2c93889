"use client";

import { Link } from "~/components/link";
import { useSessionVisitor } from "~/components/layout/session-user";
import { mayManageReuse, type ReuseOwnership } from "~/lib/reuses/may-manage";

interface ManageLinkProps extends ReuseOwnership {
  id: string;
  /** "Gérer", from the server parent: the island carries no catalog. */
  label: string;
  /** Read after the label by screen readers, where several reuses are listed: the reuse's title. */
  hiddenName?: string;
  className?: string;
}

/**
 * "Gérer", to the reuse's management screen, for the signed-in visitors who may manage it. Public pages are the
 * same cached HTML for everyone: the server renders nothing here, and the link appears once the page has read the
 * session (one request, shared with the header; signed-in visitors' pages hydrate at once).
 */
export function ManageLink({ id, ownerId, organizationId, label, hiddenName, className }: ManageLinkProps) {
  const visitor = useSessionVisitor();
  if (!mayManageReuse(visitor, { ownerId, organizationId })) return null;
  return (
    <Link href={`/dashboard/reuses/${id}`} className={className}>
      {label}
      {hiddenName && <span className="sr-only"> {hiddenName}</span>}
    </Link>
  );
}
