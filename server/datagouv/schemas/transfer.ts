import "server-only";

import { z } from "zod";

import { dateTimeSchema } from "./common";
import { organizationRefSchema } from "./organization";
import { userRefSchema } from "./user";

const userSchema = userRefSchema.pick({ id: true, slug: true, first_name: true, last_name: true });

/** A transfer's owner or recipient: udata's `Polymorph` of a user or an organization reference. */
export const transferPartySchema = z.discriminatedUnion("class", [
  userSchema.extend({ class: z.literal("User") }),
  organizationRefSchema.pick({ id: true, slug: true, name: true }).extend({ class: z.literal("Organization") }),
]);
export type TransferParty = z.output<typeof transferPartySchema>;

/** udata/features/transfer/api.py `transfer_fields` (its `reponse_comment` is always null: not read). */
export const transferSchema = z.object({
  id: z.string(),
  status: z.enum(["pending", "accepted", "refused"]),
  comment: z.string().nullable(),
  created: dateTimeSchema,
  responded: dateTimeSchema.nullable(),
  user: userSchema.nullable(),
  owner: transferPartySchema.nullable(),
  recipient: transferPartySchema.nullable(),
  /** A reference: `{class, id}` and, for a reuse, its title. Null when the subject is gone. */
  subject: z.object({ class: z.string(), id: z.string(), title: z.string().optional() }).nullable(),
});
export type Transfer = z.output<typeof transferSchema>;

/** `GET /transfer/` filters: at least a subject or a recipient (else 400). */
export const transferListParamsSchema = z
  .object({
    subject: z
      .string()
      .regex(/^[0-9a-f]{24}$/)
      .optional(),
    recipient: z
      .string()
      .regex(/^[0-9a-f]{24}$/)
      .optional(),
    subject_type: z.enum(["Dataset", "Reuse", "Dataservice"]).optional(),
    status: z.enum(["pending", "accepted", "refused"]).optional(),
  })
  .refine((params) => params.subject !== undefined || params.recipient !== undefined);
export type TransferListParams = z.input<typeof transferListParamsSchema>;

/** `POST /transfer/`: udata documents the comment as required but never checks it. */
export const transferRequestInputSchema = z.object({
  subject: z.object({ class: z.literal("Reuse"), id: z.string().regex(/^[0-9a-f]{24}$/) }),
  recipient: z.object({ class: z.enum(["User", "Organization"]), id: z.string().regex(/^[0-9a-f]{24}$/) }),
  comment: z.string().max(1000).optional(),
});
export type TransferRequestInput = z.input<typeof transferRequestInputSchema>;

/** `POST /transfer/{id}/`. */
export const transferResponseInputSchema = z.object({
  response: z.enum(["accept", "refuse"]),
  comment: z.string().max(1000).optional(),
});
export type TransferResponseInput = z.input<typeof transferResponseInputSchema>;

/** One item of `GET /me/org_invitations/` (udata 17's `pending_invitation_fields`). */
export const orgInvitationSchema = z.object({
  id: z.string(),
  organization: organizationRefSchema.pick({ id: true, slug: true, name: true }),
  role: z.string(),
  comment: z.string().nullable(),
  created: dateTimeSchema,
});
export type OrgInvitation = z.output<typeof orgInvitationSchema>;
