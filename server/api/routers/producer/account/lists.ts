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
  discussionView,
} from "~/server/api/lib/account-list-views";
import { readSubjects, subjectKey } from "~/server/api/lib/discussion-subjects";
import { listInputSchema, matchesQuery, paginate } from "~/server/api/lib/paginate";

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

  discussions: listProcedure.query(async ({ ctx, input }) => {
    const all = await listMyOrgDiscussions(ctx.credential, { select: discussionItemSchema, q: input.q });
    const page = paginate(all, input.page);
    // Only this page's subjects are read: ten discussions, a few subjects.
    const subjects = await readSubjects(
      ctx.credential,
      page.items.map((discussion) => discussion.subject),
    );
    return {
      ...page,
      items: page.items.map((discussion) =>
        discussionView(discussion, subjects.get(subjectKey(discussion.subject)) ?? null),
      ),
    };
  }),
} satisfies TRPCRouterRecord;
