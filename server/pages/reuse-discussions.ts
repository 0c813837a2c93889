import "server-only";

import { cache } from "react";

import { pageData, type PageFailure } from "./page-data";
import { api } from "~/server/api/rsc";
import { renderMarkdown } from "~/server/markdown/render";
import type { ThreadPage } from "~/lib/discussions/thread-view";
import { personName } from "~/lib/udata/person-name";
import { reuseSlugSchema } from "~/lib/udata/vocabulary";

type Answer = Awaited<ReturnType<typeof api.reuses.discussions>>;

function toView(answer: Answer): ThreadPage {
  return {
    total: answer.total,
    threads: answer.data.map((thread) => ({
      id: thread.id,
      title: thread.title,
      created: thread.created,
      closed: thread.closed,
      messages: thread.discussion.map((message) => ({
        author: message.posted_by ? personName(message.posted_by) : null,
        postedOn: message.posted_on,
        html: renderMarkdown(message.content),
      })),
    })),
  };
}

/**
 * A page of a reuse's discussions, rendered: shared by the reuse's page (the first few threads of page 1) and
 * `/reuses/{slug}/discussions` within a request (React `cache`), and between visitors (the procedure's
 * `publicRead`). Called before the reuse is awaited, so that both requests go out together.
 */
export const loadReuseDiscussions = cache(
  async (slug: string, page: number): Promise<{ data: ThreadPage } | { failure: PageFailure }> => {
    if (!reuseSlugSchema.safeParse(slug).success) return { failure: { kind: "not-found" } };
    const result = await pageData(api.reuses.discussions({ slug, page }));
    return "failure" in result ? result : { data: toView(result.data) };
  },
);
