import "server-only";

import { datasetSchema, isUpstreamError, listMyOrgDatasets, listMyOrgReuses, reuseSchema } from "~/server/datagouv";
import { reusePath } from "~/lib/site-urls";
import type { UpstreamCredential } from "~/server/datagouv";

/** What a discussion is about, named: a dataset links to data.gouv.fr, a reuse to our page (when it is public). */
export type DiscussionSubjectView =
  | { kind: "dataset"; title: string; href: string }
  | { kind: "reuse"; title: string; href: string | null; slug: string };

interface SubjectRef {
  class: string;
  id: string;
}

const datasetTitleSchema = datasetSchema.pick({ id: true, title: true, page: true });
const reuseTitleSchema = reuseSchema.pick({ id: true, title: true, slug: true, private: true, deleted: true });

export function subjectKey(subject: SubjectRef): string {
  return `${subject.class}:${subject.id}`;
}

async function orNone<T>(list: Promise<T[]>): Promise<T[]> {
  try {
    return await list;
  } catch (error) {
    if (isUpstreamError(error)) return [];
    throw error;
  }
}

/**
 * Every object the producer's discussions can be about, named, keyed by `subjectKey`. udata's
 * `discussions_for(user)` (`udata/core/discussions/actions.py`) takes the discussions of the datasets and reuses
 * owned by the user or their organizations: exactly what `/me/org_datasets/` and `/me/org_reuses/` list. Reading
 * those two lists (masked to a few fields) at the same time as the discussions keeps the page one round trip
 * deep, where reading each subject would need the discussions first. A list that cannot be read names none of its
 * subjects: the discussions still show, with the generic sentence.
 */
export async function listDiscussionSubjects(
  credential: UpstreamCredential,
): Promise<ReadonlyMap<string, DiscussionSubjectView>> {
  const [datasets, reuses] = await Promise.all([
    orNone(listMyOrgDatasets(credential, { select: datasetTitleSchema })),
    orNone(listMyOrgReuses(credential, { select: reuseTitleSchema })),
  ]);
  const subjects = new Map<string, DiscussionSubjectView>();
  for (const dataset of datasets)
    subjects.set(subjectKey({ class: "Dataset", id: dataset.id }), {
      kind: "dataset",
      title: dataset.title,
      href: dataset.page,
    });
  for (const reuse of reuses)
    subjects.set(subjectKey({ class: "Reuse", id: reuse.id }), {
      kind: "reuse",
      title: reuse.title,
      href: !reuse.private && !reuse.deleted ? reusePath(reuse.slug) : null,
      slug: reuse.slug,
    });
  return subjects;
}
