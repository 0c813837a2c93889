import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { answerOrgInvitation, listMyOrgInvitations } from "~/server/datagouv";
import { protectedProcedure } from "~/server/api/trpc";

const uuidSchema = z.uuid();

/** The caller's invitations to join an organization (udata 17's `/me/org_invitations/`), and their answer. */
export const invitationsRouter = {
  pending: protectedProcedure.query(({ ctx }) => listMyOrgInvitations(ctx.credential)),

  /** Accepting makes the caller a member: `/me/` then lists the organization (the create form offers it). */
  answer: protectedProcedure
    .input(z.object({ id: uuidSchema, accept: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await answerOrgInvitation(ctx.credential, input.id, input.accept);
      return { accepted: input.accept };
    }),
} satisfies TRPCRouterRecord;
