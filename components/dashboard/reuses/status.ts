import type { BadgeTone } from "~/components/dashboard/lists/badge";

export const REUSE_STATUSES = ["published", "draft", "archived", "deleted"] as const;
export type ReuseStatus = (typeof REUSE_STATUSES)[number];

/** What a producer sees of a reuse's state: deleted, then archived, then draft (private), else published. */
export function statusOf(reuse: { private: boolean; deleted: string | null; archived?: string | null }): ReuseStatus {
  if (reuse.deleted) return "deleted";
  if (reuse.archived) return "archived";
  if (reuse.private) return "draft";
  return "published";
}

/** The tone of a status's badge; its words are the catalog's `dashboard.status.label.<status>`. */
export const STATUS_TONES: Readonly<Record<ReuseStatus, BadgeTone>> = {
  published: "success",
  draft: "neutral",
  archived: "warning",
  deleted: "danger",
};
