/** A type or topic as `reuses.types` and `reuses.topics` give them. */
export interface IdLabel {
  id: string;
  label: string;
}

/** The French label of a type or topic; an id upstream added since (or got wrong) is shown as it is. */
export function labelOf(labels: readonly IdLabel[], id: string | null | undefined): string | undefined {
  if (!id) return undefined;
  return labels.find((label) => label.id === id)?.label ?? id;
}

/**
 * A reuse's badges as a page shows them: only the kinds the instance lists (`GET /reuses/badges/`), with its
 * label. A kind it does not list (any more) is hidden: its raw id means nothing to a visitor.
 */
export function listedBadges(badges: readonly { kind: string }[], kinds: readonly IdLabel[]): IdLabel[] {
  return kinds.filter((kind) => badges.some((badge) => badge.kind === kind.id));
}
