import { type DatasetRecord, type State } from "./model";
import { isVisible } from "./visibility";

/**
 * The metrics udata derives from other objects, counted from the state in one pass (cached per store
 * version by the context), so that a served count always matches the list it counts:
 * - `Dataset.count_reuses`: its visible reuses; `count_discussions`: discussions on it;
 * - `Dataservice.count_reuses`: its reuses neither private nor deleted (not `visible()`, which needs a dataset);
 * - `Organization.count_datasets` / `count_reuses`: its visible datasets and reuses;
 * - `User.count_datasets` / `count_reuses`: the visible ones they own; `count_following`: their follows.
 * Visible is udata's `visible()`: for a reuse, `isVisible`; for a dataset, not private, deleted or archived.
 */
export interface DerivedCounts {
  reusesOfDataset: ReadonlyMap<string, number>;
  reusesOfDataservice: ReadonlyMap<string, number>;
  discussionsOf: ReadonlyMap<string, number>;
  datasetsOfOrganization: ReadonlyMap<string, number>;
  reusesOfOrganization: ReadonlyMap<string, number>;
  datasetsOfOwner: ReadonlyMap<string, number>;
  reusesOfOwner: ReadonlyMap<string, number>;
  followsBy: ReadonlyMap<string, number>;
}

function isVisibleDataset(dataset: DatasetRecord): boolean {
  return !dataset.private && !dataset.deleted && !dataset.fields.archived;
}

function increment(map: Map<string, number>, key: string | null): void {
  if (key !== null) map.set(key, (map.get(key) ?? 0) + 1);
}

export function countRelations(state: State): DerivedCounts {
  const counts = {
    reusesOfDataset: new Map<string, number>(),
    reusesOfDataservice: new Map<string, number>(),
    discussionsOf: new Map<string, number>(),
    datasetsOfOrganization: new Map<string, number>(),
    reusesOfOrganization: new Map<string, number>(),
    datasetsOfOwner: new Map<string, number>(),
    reusesOfOwner: new Map<string, number>(),
    followsBy: new Map<string, number>(),
  };
  for (const reuse of state.reuses) {
    if (!reuse.private && !reuse.deleted)
      for (const dataservice of new Set(reuse.dataservices)) increment(counts.reusesOfDataservice, dataservice);
    if (!isVisible(reuse)) continue;
    for (const dataset of new Set(reuse.datasets)) increment(counts.reusesOfDataset, dataset);
    increment(counts.reusesOfOrganization, reuse.organization);
    increment(counts.reusesOfOwner, reuse.owner);
  }
  for (const dataset of state.datasets) {
    if (!isVisibleDataset(dataset)) continue;
    increment(counts.datasetsOfOrganization, dataset.organization);
    increment(counts.datasetsOfOwner, dataset.owner);
  }
  for (const discussion of state.discussions) increment(counts.discussionsOf, discussion.subject.id);
  for (const follow of state.follows) increment(counts.followsBy, follow.follower);
  return counts;
}

/** The count of `key` in one of the maps (0 when absent). */
export function countOf(map: ReadonlyMap<string, number>, key: string): number {
  return map.get(key) ?? 0;
}
