import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import {
  getTransfer,
  isUpstreamError,
  listTransfers,
  requestTransfer,
  respondToTransfer,
  suggestUsers,
  type Transfer,
  type UpstreamCredential,
} from "~/server/datagouv";
import { askedTransfers, rememberAskedTransfers } from "~/server/api/lib/asked-transfers";
import { idempotentPost } from "~/server/api/lib/idempotent-post";
import { protectedProcedure } from "~/server/api/trpc";
import { changedReuse } from "~/server/cache/reuse-write";
import { TAGS } from "~/server/cache/tags";
import { objectIdSchema } from "~/lib/udata/vocabulary";
import { personName } from "~/lib/udata/person-name";
import { TRANSFER_COMMENT_MAX } from "~/lib/transfers/limits";

/** One per form submission, kept by its retries (see idempotent-post.ts). */
const requestIdSchema = z.string().regex(/^[0-9a-f]{32}$/);
const commentSchema = z.string().trim().max(TRANSFER_COMMENT_MAX);
const recipientSchema = z.object({ class: z.enum(["User", "Organization"]), id: objectIdSchema });

const requestInput = z.object({
  requestId: requestIdSchema,
  reuse: objectIdSchema,
  recipient: recipientSchema,
  comment: commentSchema.default(""),
});

const respondInput = z.object({
  transfer: objectIdSchema,
  response: z.enum(["accept", "refuse"]),
  comment: commentSchema.default(""),
});

const isPending = (transfer: Transfer) => transfer.status === "pending";
const pendingOf = (transfers: Transfer[]) => transfers.filter(isPending);
const since = (date: string, from: number) => Date.parse(date) >= from;

/** A pending transfer of this reuse to this recipient, asked by this user (since `from`, when given). */
async function pendingTransfer(
  credential: UpstreamCredential,
  input: z.output<typeof requestInput>,
  userId: string,
  from?: number,
): Promise<Transfer | null> {
  const pending = await listTransfers(credential, { subject: input.reuse, status: "pending" });
  return (
    pending.find(
      (transfer) =>
        transfer.recipient?.id === input.recipient.id &&
        transfer.user?.id === userId &&
        (from === undefined || since(transfer.created, from)),
    ) ?? null
  );
}

/** A remembered transfer, or null once it is gone upstream. */
async function readAsked(credential: UpstreamCredential, id: string): Promise<Transfer | null> {
  return getTransfer(credential, id).catch((error: unknown) => {
    if (isUpstreamError(error) && error.status === 404) return null;
    throw error;
  });
}

const USER_SUGGESTIONS = 8;

/** Transfers of the caller's reuses, asking for them, and answering those addressed to them or their organizations. */
export const transfersRouter = {
  /** People to give a reuse to, by name (the caller is not one: udata refuses the current owner). */
  suggestUsers: protectedProcedure
    .input(z.object({ q: z.string().trim().min(1).max(200) }))
    .query(async ({ ctx, input }) => {
      const users = await suggestUsers(ctx.credential, { q: input.q, size: USER_SUGGESTIONS });
      return users
        .filter((user) => user.id !== ctx.session.userId)
        .map((user) => ({ id: user.id, name: personName(user) || user.slug }));
    }),

  /** The pending transfers of one reuse (the edit screen's banner): its owners see them. */
  ofReuse: protectedProcedure
    .input(z.object({ id: objectIdSchema }))
    .query(async ({ ctx, input }) =>
      pendingOf(await listTransfers(ctx.credential, { subject: input.id, subject_type: "Reuse", status: "pending" })),
    ),

  /**
   * Pending transfers to the caller or to their organizations (udata lets only the organizations' admins see
   * and answer those), one request per recipient, in parallel; the organizations are the session's.
   */
  incoming: protectedProcedure.query(async ({ ctx }) => {
    const recipients = [ctx.session.userId, ...ctx.session.organizations.map((organization) => organization.id)];
    const lists = await Promise.all(
      recipients.map((recipient) =>
        listTransfers(ctx.credential, { recipient, subject_type: "Reuse", status: "pending" }),
      ),
    );
    const byId = new Map(lists.flat().map((transfer) => [transfer.id, transfer]));
    return [...byId.values()];
  }),

  /** The pending transfers the caller asked for through this site (see asked-transfers.ts), read in parallel. */
  outgoing: protectedProcedure.query(async ({ ctx }) => {
    const ids = await askedTransfers(ctx.session.userId);
    const read = await Promise.all(ids.map((id) => readAsked(ctx.credential, id)));
    const pending = read.filter((transfer): transfer is Transfer => transfer !== null && isPending(transfer));
    if (pending.length !== ids.length) {
      await rememberAskedTransfers(
        ctx.session.userId,
        pending.map((transfer) => transfer.id),
      );
    }
    return pending;
  }),

  /**
   * Asks to give a reuse to a user or an organization, once per request id; a transfer of this reuse to the
   * same recipient already pending is answered instead of asking twice.
   */
  request: protectedProcedure.input(requestInput).mutation(async ({ ctx, input }) => {
    const { userId } = ctx.session;
    const id = await idempotentPost({
      scope: [userId, input.requestId, "transfer", input.reuse, input.recipient.id, input.comment],
      send: async () => {
        const existing = await pendingTransfer(ctx.credential, input, userId);
        if (existing) return existing.id;
        const comment = input.comment || undefined;
        const transfer = await requestTransfer(ctx.credential, {
          subject: { class: "Reuse", id: input.reuse },
          recipient: input.recipient,
          ...(comment && { comment }),
        });
        return transfer.id;
      },
      find: async (from) => (await pendingTransfer(ctx.credential, input, userId, from))?.id ?? null,
    });
    await rememberAskedTransfers(userId, [id, ...(await askedTransfers(userId))]);
    return { id };
  }),

  /**
   * Accepts or refuses a transfer. Accepting moves the reuse: the public pages of its old and new producer show
   * it at once (the tags of the reuse as it was, and of the recipient).
   */
  respond: protectedProcedure.input(respondInput).mutation(async ({ ctx, input }) => {
    const transfer = await getTransfer(ctx.credential, input.transfer);
    const comment = input.comment || undefined;
    const respond = () =>
      respondToTransfer(ctx.credential, input.transfer, { response: input.response, ...(comment && { comment }) });
    const subject = transfer.subject;
    if (input.response === "refuse" || subject?.class !== "Reuse") {
      await respond();
      return { status: input.response === "accept" ? "accepted" : "refused" } as const;
    }
    const recipient = transfer.recipient;
    const also = recipient
      ? [recipient.class === "User" ? TAGS.owner(recipient.id) : TAGS.organization(recipient.id)]
      : [];
    await changedReuse(ctx, subject.id, "membership", respond, { also });
    return { status: "accepted" } as const;
  }),
} satisfies TRPCRouterRecord;
