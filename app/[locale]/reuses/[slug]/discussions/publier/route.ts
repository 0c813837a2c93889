import { TRPCError } from "@trpc/server";

import { toFormPage } from "~/server/api/form-post";

import { appRouter } from "~/server/api/root";
import { createCallerFactory, createTRPCContext } from "~/server/api/trpc";
import { readSessionCookie } from "~/server/auth/session";
import { INVALIDATION_HEADER } from "~/server/cache/tags";
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
 * A 303 to a path of the site: the browser GETs it. The Location is the path alone (behind a proxy, the request's
 * URL does not name the site's host).
 */
function seeOther(path: string, headers?: Headers): Response {
  const response = new Response(null, { status: 303, headers: { location: path } });
  // The front server drops the pages the post changed before the browser asks for them (server/cache/tags.ts).
  const invalidation = headers?.get(INVALIDATION_HEADER);
  if (invalidation) response.headers.set(INVALIDATION_HEADER, invalidation);
  return response;
}

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
  const resHeaders = new Headers();
  const caller = createCallerFactory(appRouter)(
    createTRPCContext({ getSession: readSessionCookie, headers: request.headers, resHeaders }),
  );
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
