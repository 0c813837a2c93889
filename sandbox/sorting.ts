/** Sorting as MongoDB does it (plain comparison, no collation), ties broken by id so that results are stable. */
export function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `items` sorted by a sort choice such as `title` or `-created` (descending). */
export function sortedBy<T extends { id: string }>(
  items: readonly T[],
  sorts: Record<string, (item: T) => string | number>,
  choice: string,
): T[] {
  const value = sorts[choice.replace(/^-/, "")];
  if (!value) return [...items];
  const sorted = [...items].sort((a, b) => compare(value(a), value(b)) || compare(a.id, b.id));
  return choice.startsWith("-") ? sorted.reverse() : sorted;
}
