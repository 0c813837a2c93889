import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";

import {
  listMyDatasets,
  listMyOrgCommunityResources,
  listMyOrgDatasets,
  listMyOrgDiscussions,
} from "~/server/datagouv";
import { protectedProcedure } from "~/server/api/trpc";
import {
  communityResourceItemSchema,
  datasetItemSchema,
  discussionItemSchema,
  discussionStateSchema,
  discussionView,
  unansweredByReuse,
} from "~/server/api/lib/account-list-views";
import { listDiscussionSubjects, subjectKey } from "~/server/api/lib/discussion-subjects";
import { listInputSchema, matchesQuery, paginate } from "~/server/api/lib/paginate";
import { discussionsListInputSchema } from "~/lib/discussions/dashboard-filter";

const listProcedure = protectedProcedure.input(listInputSchema);

/**
 * The producer's lists. data.gouv.fr answers each whole (no pages; `/me/datasets/` cannot even search): the
 * search and the pages are done here, on the server, so a page gets ten items.
 */
export const listsRouter = {
  datasets: listProcedure.query(async ({ ctx, input }) => {
    const all = await listMyDatasets(ctx.credential, { select: datasetItemSchema });
    return paginate(
      all.filter((dataset) => matchesQuery(dataset.title, input.q)),
      input.page,
    );
  }),

  organizationDatasets: listProcedure.query(async ({ ctx, input }) =>
    paginate(await listMyOrgDatasets(ctx.credential, { select: datasetItemSchema, q: input.q }), input.page),
  ),

  communityResources: listProcedure.query(async ({ ctx, input }) =>
    paginate(
      await listMyOrgCommunityResources(ctx.credential, { select: communityResourceItemSchema, q: input.q }),
      input.page,
    ),
  ),

  /**
   * Open discussions about the producer's datasets and reuses, optionally of one kind or about one reuse, each
   * with its subject named. The subjects are read at the same time as the discussions: one round trip.
   */
  discussions: protectedProcedure
    .input(listInputSchema.extend(discussionsListInputSchema.shape))
    .query(async ({ ctx, input }) => {
      const [all, subjects] = await Promise.all([
        listMyOrgDiscussions(ctx.credential, { select: discussionItemSchema, q: input.q }),
        listDiscussionSubjects(ctx.credential),
      ]);
      const chosen = all.filter(
        (discussion) =>
          (!input.about || discussion.subject.class === input.about) &&
          (!input.reuse || (discussion.subject.class === "Reuse" && discussion.subject.id === input.reuse)),
      );
      const page = paginate(chosen, input.page);
      return {
        ...page,
        items: page.items.map((discussion) =>
          discussionView(discussion, subjects.get(subjectKey(discussion.subject)) ?? null),
        ),
        // The reuse the list is narrowed to, named for the screen's heading.
        reuseTitle: input.reuse ? (subjects.get(subjectKey({ class: "Reuse", id: input.reuse }))?.title ?? null) : null,
      };
    }),

  /** How many unanswered discussions each of the producer's reuses has (the overview's figures). */
  unansweredByReuse: protectedProcedure.query(async ({ ctx }) =>
    unansweredByReuse(await listMyOrgDiscussions(ctx.credential, { select: discussionStateSchema })),
  ),
} satisfies TRPCRouterRecord;
