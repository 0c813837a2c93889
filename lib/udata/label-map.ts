/** Types or topics as udata lists them (`GET /reuses/types/`, `/topics/`), by id: the cards and titles look labels up. */
export function labelMap(labels: readonly { id: string; label: string }[]): ReadonlyMap<string, string> {
  return new Map(labels.map(({ id, label }) => [id, label]));
}
