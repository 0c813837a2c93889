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

/** Reuse badges udata knows; others show their kind. A Map: a kind such as `constructor` is no key of it. */
const BADGE_LABELS: ReadonlyMap<string, string> = new Map([
  ["certified", "Certifiée"],
  ["public-service", "Service public"],
  ["spd", "Service public de la donnée"],
]);

export function badgeLabel(kind: string): string {
  return BADGE_LABELS.get(kind) ?? kind;
}
