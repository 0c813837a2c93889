import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { markdownPreviewSchema, profileFormSchema } from "~/lib/account/profile-schema";
import { getVault } from "~/server/auth/vault";
import { deleteMe, getMe, meSchema, updateMe, uploadAvatar, type Me } from "~/server/datagouv";
import { renderMarkdown } from "~/server/markdown/render";
import { protectedProcedure } from "~/server/api/trpc";
import { imageUploadInput, uploadName } from "~/server/api/lib/image-upload-input";
import { signedOutTo } from "~/server/api/lib/signed-out";
import { ReasonError } from "~/server/api/lib/reason-error";

/** What the profile page shows and edits (X-Fields mask). */
const profileSchema = meSchema.pick({
  id: true,
  slug: true,
  first_name: true,
  last_name: true,
  about: true,
  website: true,
  avatar_thumbnail: true,
  page: true,
});

function profileOf(me: Me) {
  return profileSchema.parse(me);
}

/** The signed-in producer's profile on data.gouv.fr (`/me/`): read, edit, avatar, deletion. */
export const profileRouter = {
  get: protectedProcedure.query(({ ctx }) => getMe(ctx.credential, { select: profileSchema })),

  update: protectedProcedure.input(profileFormSchema).mutation(async ({ ctx, input }) => {
    const me = await updateMe(ctx.credential, {
      first_name: input.first_name,
      last_name: input.last_name,
      website: input.website || null,
      about: input.about || null,
    });
    return profileOf(me);
  }),

  /** The `about` text as the public pages will show it: the site's sanitized markdown, rendered here. */
  previewMarkdown: protectedProcedure
    .input(markdownPreviewSchema)
    .mutation(({ input }) => ({ html: renderMarkdown(input.source) })),

  uploadAvatar: protectedProcedure.input(imageUploadInput({})).mutation(async ({ ctx, input }) => {
    const { image } = await uploadAvatar(ctx.credential, { file: input.file, filename: uploadName(input.file) });
    return { image };
  }),

  /**
   * Deletes the account once the producer has typed its identifier (checked against data.gouv.fr's, not the
   * session's copy). The key dies with the account: the session ends here, the browser then signs out.
   */
  delete: protectedProcedure
    .input(z.object({ slug: z.string().trim().min(1).max(255) }))
    .mutation(async ({ ctx, input }) => {
      const { slug } = await getMe(ctx.credential, { select: meSchema.pick({ slug: true }) });
      if (input.slug !== slug) {
        throw new ReasonError("BAD_REQUEST", "confirmationMismatch", { values: { expected: slug } });
      }
      await deleteMe(ctx.credential);
      await getVault().delete(ctx.session.sessionId);
      return { signedOutTo: signedOutTo("AccountDeleted") };
    }),
} satisfies TRPCRouterRecord;
