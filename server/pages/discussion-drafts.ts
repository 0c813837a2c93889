import "server-only";

import { randomBytes } from "node:crypto";

import { getStore } from "~/server/store";
import type { PostFailure } from "~/lib/discussions/failure";

/**
 * What someone typed in a discussion form that posted without JavaScript and failed (signed out, refused,
 * data.gouv.fr down): kept a day under a random id that the redirect carries (`?brouillon=`), so that the form
 * comes back filled — a URL cannot carry a 50,000-character comment.
 */
export interface DiscussionDraft {
  title: string;
  comment: string;
  /** The thread answered, or null for a new discussion. */
  discussion: string | null;
  /** Why it failed, as a key of `discussions.form.failures`, or null before a sign-in. */
  failure: PostFailure | null;
}

const DRAFT_MS = 24 * 60 * 60_000;
const keyOf = (id: string) => `draft:${id}`;

export async function saveDraft(draft: DiscussionDraft): Promise<string> {
  const id = randomBytes(16).toString("hex");
  await getStore().set(keyOf(id), JSON.stringify(draft), DRAFT_MS);
  return id;
}

export async function readDraft(id: string | undefined): Promise<DiscussionDraft | null> {
  if (!id || !/^[0-9a-f]{32}$/.test(id)) return null;
  const value = await getStore()
    .get(keyOf(id))
    .catch(() => null);
  return value ? (JSON.parse(value) as DiscussionDraft) : null;
}
