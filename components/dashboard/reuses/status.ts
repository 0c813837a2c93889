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

export const STATUS_BADGES: Readonly<Record<ReuseStatus, { label: string; tone: BadgeTone }>> = {
  published: { label: "Publiée", tone: "success" },
  draft: { label: "Brouillon", tone: "neutral" },
  archived: { label: "Archivée", tone: "warning" },
  deleted: { label: "Supprimée", tone: "danger" },
};

/** The status filter's words, in the plural ("Publiées (3)"). */
export const STATUS_PLURALS: Readonly<Record<ReuseStatus, string>> = {
  published: "Publiées",
  draft: "Brouillons",
  archived: "Archivées",
  deleted: "Supprimées",
};
