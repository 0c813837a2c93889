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
    lastMessage: last
      ? { excerpt: plainTextExcerpt(last.content, EXCERPT_LENGTH), author: last.posted_by, postedOn: last.posted_on }
      : null,
    href: discussionHref(discussion),
  };
}
