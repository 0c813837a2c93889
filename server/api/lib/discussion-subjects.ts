import "server-only";

import { datasetSchema, getDataset, getReuse, isUpstreamError, reuseSchema } from "~/server/datagouv";
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

const datasetTitleSchema = datasetSchema.pick({ title: true, page: true });
const reuseTitleSchema = reuseSchema.pick({ title: true, slug: true, private: true, deleted: true });

export function subjectKey(subject: SubjectRef): string {
  return `${subject.class}:${subject.id}`;
}

/**
 * One subject, read with the producer's key (their private objects have discussions too). A subject that cannot
 * be read (deleted, 404, upstream down) is null: the list still shows, with the generic sentence.
 */
async function readSubject(credential: UpstreamCredential, subject: SubjectRef): Promise<DiscussionSubjectView | null> {
  try {
    if (subject.class === "Dataset") {
      const dataset = await getDataset(subject.id, { credential, select: datasetTitleSchema });
      return { kind: "dataset", title: dataset.title, href: dataset.page };
    }
    if (subject.class === "Reuse") {
      const reuse = await getReuse(subject.id, { credential, select: reuseTitleSchema });
      const isPublic = !reuse.private && !reuse.deleted;
      return { kind: "reuse", title: reuse.title, href: isPublic ? reusePath(reuse.slug) : null, slug: reuse.slug };
    }
    return null;
  } catch (error) {
    if (isUpstreamError(error)) return null;
    throw error;
  }
}

/**
 * The subjects of a page of discussions, each read once and all at the same time (one round trip deep, as
 * data.gouv.fr's own front does in `getSubject`), keyed by `subjectKey`.
 */
export async function readSubjects(
  credential: UpstreamCredential,
  subjects: readonly SubjectRef[],
): Promise<ReadonlyMap<string, DiscussionSubjectView | null>> {
  const unique = new Map(subjects.map((subject) => [subjectKey(subject), subject]));
  const entries = await Promise.all(
    [...unique].map(async ([key, subject]) => [key, await readSubject(credential, subject)] as const),
  );
  return new Map(entries);
}
