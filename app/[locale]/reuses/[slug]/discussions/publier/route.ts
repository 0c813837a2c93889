import { TRPCError } from "@trpc/server";

import { formCaller, seeOther, toFormPage } from "~/server/api/form-post";
import { saveDraft } from "~/server/pages/discussion-drafts";
import { postFailureOf } from "~/lib/discussions/failure";
import { localeOf, localizedPath } from "~/lib/i18n/paths";
import { reusePath } from "~/lib/site-urls";
import { reuseSlugSchema } from "~/lib/udata/vocabulary";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/**
 * The discussion forms without JavaScript: starts a discussion or answers one (closing it when asked), through
 * the same procedures as with JavaScript, then back to the discussions page. On failure the text is kept (a
 * draft the page shows again); signed out, to the sign-in page, which comes back to the draft.
 */
export async function POST(request: Request, { params }: RouteContext<"/[locale]/reuses/[slug]/discussions/publier">) {
  const { slug, locale: param } = await params;
  if (!reuseSlugSchema.safeParse(slug).success) return new Response(null, { status: 404 });
  const locale = localeOf(param);
  const base = localizedPath(locale, `${reusePath(slug)}/discussions`);
  const form = await request.formData().catch(() => new FormData());
  const discussion = field(form, "discussion") || null;
  const title = field(form, "titre");
  const comment = field(form, "message");
  const requestId = field(form, "requestId");
  const reuse = { id: field(form, "reuseId"), slug };
  const { caller, resHeaders } = formCaller(request);
  try {
    const { id } = discussion
      ? await caller.discussions.reply({
          requestId,
          reuse,
          discussion,
          comment,
          close: field(form, "cloture") === "on",
        })
      : await caller.discussions.start({ requestId, reuse, title, comment });
    return seeOther(`${base}?statut=publie#discussion-${id}`, resHeaders);
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const signedOut = error.code === "UNAUTHORIZED";
    const draft = await saveDraft({
      title,
      comment,
      discussion,
      failure: signedOut ? null : postFailureOf(error.code),
    });
    const back = `${base}?brouillon=${draft}#${discussion ? `discussion-${discussion}` : "nouvelle-discussion"}`;
    return seeOther(signedOut ? localizedPath(locale, `/sign-in?callbackUrl=${encodeURIComponent(back)}`) : back);
  }
}

/** Opened rather than posted to (or reloaded): back to the page of the form. */
export async function GET(_req: Request, { params }: RouteContext<"/[locale]/reuses/[slug]/discussions/publier">) {
  const { slug, locale } = await params;
  return toFormPage(slug, (valid) => localizedPath(localeOf(locale), `${reusePath(valid)}/discussions`));
}
