import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { deleteReuse, updateReuse } from "~/server/datagouv";
import { reuseProtectedProcedure } from "~/server/api/lib/reuse-procedures";
import { changedReuse } from "~/server/cache/reuse-write";
import { reuseIdInput } from "./inputs";
import { objectIdSchema } from "~/lib/udata/vocabulary";

/** The life of a reuse: draft or public, archived or not, deleted (softly) and restored. */
export const producerReuseStatus = {
  /** Private: a draft only its producers see. Public: listed, once it has a dataset. */
  setPrivate: reuseProtectedProcedure
    .input(z.object({ id: objectIdSchema, private: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const reuse = await changedReuse(ctx, input.id, "membership", () =>
        updateReuse(ctx.credential, input.id, { private: input.private }),
      );
      return { private: reuse.private };
    }),

  /** Archived: still public, marked as no longer maintained (udata stores the date). */
  setArchived: reuseProtectedProcedure
    .input(z.object({ id: objectIdSchema, archived: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const archived = input.archived ? new Date().toISOString() : null;
      const reuse = await changedReuse(ctx, input.id, "membership", () =>
        updateReuse(ctx.credential, input.id, { archived }),
      );
      return { archived: reuse.archived ?? null };
    }),

  /** A soft delete: its public page answers 410, and `restore` brings it back. */
  remove: reuseProtectedProcedure.input(reuseIdInput).mutation(async ({ ctx, input }) => {
    await changedReuse(ctx, input.id, "membership", () => deleteReuse(ctx.credential, input.id), { deletes: true });
    return { deleted: true };
  }),

  restore: reuseProtectedProcedure.input(reuseIdInput).mutation(async ({ ctx, input }) => {
    const reuse = await changedReuse(ctx, input.id, "membership", () =>
      updateReuse(ctx.credential, input.id, { deleted: null }),
    );
    return { deleted: reuse.deleted !== null };
  }),
} satisfies TRPCRouterRecord;
