import "server-only";

import { z } from "zod";

import {
  communityResourceSchema,
  datasetSchema,
  discussionMessageSchema,
  discussionSchema,
  organizationRefSchema,
  userRefSchema,
} from "~/server/datagouv";
import { env } from "~/server/env";
import { plainTextExcerpt } from "~/server/seo/plain-text";
import { OBJECT_ID_PATTERN } from "~/lib/udata/vocabulary";
import type { DiscussionSubjectView } from "./discussion-subjects";

// The fields each producer list shows (X-Fields masks), and what the pages get of them.

const personSchema = userRefSchema.pick({ first_name: true, last_name: true });
const organizationNameSchema = organizationRefSchema.pick({ name: true });

export const datasetItemSchema = datasetSchema
  .pick({ id: true, title: true, page: true, private: true, deleted: true, archived: true, last_modified: true })
  .extend({
    organization: organizationNameSchema.nullable().optional(),
    owner: personSchema.nullable().optional(),
  });

export const communityResourceItemSchema = communityResourceSchema
  .pick({ id: true, title: true, format: true, last_modified: true, latest: true, url: true })
  .extend({
    dataset: communityResourceSchema.shape.dataset.pick({ title: true, page: true }),
    organization: organizationNameSchema.nullable(),
    owner: personSchema.nullable(),
  });

export const discussionItemSchema = discussionSchema
  .pick({ id: true, title: true, created: true, closed: true, subject: true })
  .extend({
    discussion: z.array(
      discussionMessageSchema.pick({ content: true, posted_on: true }).extend({ posted_by: personSchema.nullable() }),
    ),
  });
type DiscussionItem = z.output<typeof discussionItemSchema>;

/** What the overview needs of each open discussion to count the unanswered ones per reuse (an X-Fields mask). */
export const discussionStateSchema = discussionSchema
  .pick({ subject: true, closed: true })
  .extend({ discussion: z.array(discussionMessageSchema.pick({ posted_on: true })) });

/**
 * Whether nobody has answered a discussion yet: open, with its first message only. data.gouv.fr's admin calls
 * it "Nouveau" (cdata, `AdminDiscussionsTable.vue`, `getStatus`).
 */
export function isUnanswered(discussion: Pick<DiscussionItem, "closed"> & { discussion: readonly unknown[] }): boolean {
  return !discussion.closed && discussion.discussion.length <= 1;
}

/** How many unanswered discussions each reuse has, as `[reuse id, count]` pairs (reuses without any are absent). */
export function unansweredByReuse(discussions: readonly z.output<typeof discussionStateSchema>[]): [string, number][] {
  // A Map: an id such as `constructor` from upstream is no key of it.
  const counts = new Map<string, number>();
  for (const discussion of discussions)
    if (discussion.subject.class === "Reuse" && isUnanswered(discussion))
      counts.set(discussion.subject.id, (counts.get(discussion.subject.id) ?? 0) + 1);
  return [...counts];
}

/** Where data.gouv.fr shows the discussions of each kind of object (a Map: `constructor` is no key of it). */
const SUBJECT_PATHS: ReadonlyMap<string, string> = new Map([
  ["Dataset", "datasets"],
  ["Reuse", "reuses"],
  ["Dataservice", "dataservices"],
  ["Organization", "organizations"],
]);

/** The discussion's page on data.gouv.fr: its subject's discussions, opened at this one. */
export function discussionHref({ id, subject }: Pick<DiscussionItem, "id" | "subject">): string | null {
  const section = SUBJECT_PATHS.get(subject.class);
  if (!section || !OBJECT_ID_PATTERN.test(subject.id) || !OBJECT_ID_PATTERN.test(id)) return null;
  return `${env.DATAGOUV_URL}/${section}/${subject.id}/discussions?discussion_id=${id}`;
}

const EXCERPT_LENGTH = 240;

/**
 * A discussion as the list shows it: its state, subject (named when it could be read), last message (as plain
 * text) and link.
 */
export function discussionView(discussion: DiscussionItem, subject: DiscussionSubjectView | null) {
  const last = discussion.discussion.at(-1);
  return {
    id: discussion.id,
    title: discussion.title,
    createdAt: discussion.created,
    closedAt: discussion.closed,
    subjectClass: discussion.subject.class,
    subject,
    // The reuse discussed: an answer from the dashboard refreshes its public pages (their cache, by id and slug).
    reuse: subject?.kind === "reuse" ? { id: discussion.subject.id, slug: subject.slug } : null,
    messageCount: discussion.discussion.length,
    unanswered: isUnanswered(discussion),
    lastMessage: last
      ? { excerpt: plainTextExcerpt(last.content, EXCERPT_LENGTH), author: last.posted_by, postedOn: last.posted_on }
      : null,
    href: discussionHref(discussion),
  };
}
