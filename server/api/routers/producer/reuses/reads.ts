import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import {
  dataserviceRefSchema,
  dataserviceSchema,
  datasetRefSchema,
  listDataservices,
  datasetSuggestionSchema,
  getReuse,
  listReuseFollowers,
  organizationRefSchema,
  reuseMetricsSchema,
  reuseSchema,
  suggestDatasets,
  userRefSchema,
} from "~/server/datagouv";
import { reuseProtectedProcedure } from "~/server/api/lib/reuse-procedures";
import { type Session } from "~/server/api/trpc";
import { listAllMyReuses, sameUrl } from "~/server/api/lib/my-reuses";
import { publicRead } from "~/server/api/lib/public-read";
import { readReuseAudience } from "~/server/api/lib/reuse-audience";
import { followersPageSchema } from "~/server/api/routers/public/reuses/detail";
import { suggestInput } from "~/lib/reuses/listing-state";
import { reuseIdInput } from "./inputs";
import { objectIdSchema, reuseSlugSchema } from "~/lib/udata/vocabulary";
import { FOLLOWERS_PAGE_SIZE } from "~/lib/reuses/followers";

/** Everything the edit page shows and fills its form with (the X-Fields mask). */
const editableReuseSchema = reuseSchema
  .pick({
    id: true,
    slug: true,
    title: true,
    description: true,
    type: true,
    topic: true,
    url: true,
    tags: true,
    image: true,
    private: true,
    archived: true,
    deleted: true,
    featured: true,
    badges: true,
    last_modified: true,
    page: true,
    permissions: true,
  })
  .extend({
    datasets: z.array(datasetRefSchema.pick({ id: true, title: true })),
    dataservices: z.array(dataserviceRefSchema.pick({ id: true, title: true, self_web_url: true })).default([]),
    organization: organizationRefSchema.pick({ id: true, name: true }).nullable(),
    owner: userRefSchema.pick({ id: true, first_name: true, last_name: true }).nullable(),
    metrics: reuseMetricsSchema.pick({ followers: true, views: true }),
  });
type EditableReuse = z.output<typeof editableReuseSchema>;

const followerItemSchema = z.object({
  id: z.string(),
  since: z.string(),
  follower: userRefSchema.pick({ id: true, first_name: true, last_name: true, page: true }),
});

const DATASET_SUGGESTIONS = 8;
const datasetSuggestionPick = datasetSuggestionSchema.pick({ id: true, title: true, slug: true, acronym: true });
/** An API as the picker shows it: its title and who publishes it (titles like "API Sirene" repeat across producers). */
const dataserviceSuggestionPick = dataserviceSchema.pick({ id: true, title: true }).extend({
  organization: organizationRefSchema.pick({ name: true }).nullable(),
  owner: userRefSchema.pick({ first_name: true, last_name: true }).nullable(),
});

/** udata says what the caller may do (`permissions`); older answers do not, then ownership and roles tell. */
function canEdit(reuse: EditableReuse, session: Session): boolean {
  if (reuse.permissions?.edit !== undefined) return reuse.permissions.edit;
  const organizations = new Set(session.organizations.map((organization) => organization.id));
  return (
    session.roles.includes("admin") ||
    reuse.owner?.id === session.userId ||
    (reuse.organization !== null && organizations.has(reuse.organization.id))
  );
}

/** Reads of the producer area, with the caller's key (drafts and deleted reuses included), never cached. */
export const producerReuseReads = {
  /** A reuse to edit, with whether the caller may. NOT_FOUND (410 behind it) when deleted and not theirs. */
  get: reuseProtectedProcedure.input(reuseIdInput).query(async ({ ctx, input }) => {
    const reuse = await getReuse(input.id, { credential: ctx.credential, select: editableReuseSchema });
    const datasets = reuse.datasets.flatMap(({ id, title }) => (id ? [{ id, title }] : []));
    return { ...reuse, datasets, canEdit: canEdit(reuse, ctx.session) };
  }),

  /** The id of a reuse named by its slug or id, as the caller sees it (drafts and deleted ones too, when theirs). */
  idOf: reuseProtectedProcedure
    .input(z.object({ reuse: reuseSlugSchema }))
    .query(({ ctx, input }) =>
      getReuse(input.reuse, { credential: ctx.credential, select: reuseSchema.pick({ id: true }) }),
    ),

  /**
   * The reuse's monthly visits (data.gouv.fr's metrics service: public figures, read anonymously and cached). Its
   * page asks for them with `get`, which says whether the caller manages the reuse.
   */
  audience: reuseProtectedProcedure.input(reuseIdInput).query(({ input }) => readReuseAudience(input.id)),

  /** A page of a reuse's followers. */
  followers: reuseProtectedProcedure
    .input(z.object({ id: objectIdSchema, page: followersPageSchema.default(1) }))
    .query(({ ctx, input }) =>
      listReuseFollowers(
        input.id,
        { page: input.page, page_size: FOLLOWERS_PAGE_SIZE },
        { credential: ctx.credential, select: followerItemSchema },
      ),
    ),

  /**
   * The caller's (or their organizations') reuse with this address, or null. udata cannot filter by url: this
   * is how a create that timed out learns whether it happened, and how a "url already registered" error
   * finds the reuse that has it.
   */
  findByUrl: reuseProtectedProcedure
    .input(z.object({ url: z.string().trim().min(1).max(2_048) }))
    .query(async ({ ctx, input }) => {
      const match = (await listAllMyReuses(ctx.credential)).find((reuse) => sameUrl(reuse.url, input.url));
      if (!match) return null;
      return { id: match.id, slug: match.slug, title: match.title, private: match.private, deleted: !!match.deleted };
    }),

  /** Datasets whose title matches, to link to a reuse: public data, read anonymously through the shared cache. */
  suggestDatasets: reuseProtectedProcedure
    .input(suggestInput)
    .query(({ input }) =>
      publicRead("datasets.suggest", input, () =>
        suggestDatasets({ q: input.q, size: DATASET_SUGGESTIONS }, { select: datasetSuggestionPick }),
      ),
    ),

  /** APIs whose title matches (`GET /dataservices/?q=`), to link to a reuse: public data, read anonymously and shared. */
  suggestDataservices: reuseProtectedProcedure.input(suggestInput).query(async ({ input }) => {
    const found = await publicRead("dataservices.suggest", input, () =>
      listDataservices({ q: input.q, page_size: DATASET_SUGGESTIONS }, { select: dataserviceSuggestionPick }),
    );
    return found.data;
  }),
} satisfies TRPCRouterRecord;
