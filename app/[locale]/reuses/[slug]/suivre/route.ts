import { TRPCError } from "@trpc/server";

import { formCaller, seeOther, toFormPage } from "~/server/api/form-post";
import { isSameOrigin } from "~/server/http/same-origin";
import { localeOf, localizedPath } from "~/lib/i18n/paths";
import { reusePath } from "~/lib/site-urls";
import { FOLLOW_ANCHOR, signInToFollow } from "~/lib/reuses/follow";

/**
 * "Suivre" before the page's scripts run (or without them): the form posts here, and comes back to the reuse,
 * whose count now says it. Signed out, the visitor is sent to sign in, then back to the reuse.
 */
export async function POST(req: Request, { params }: RouteContext<"/[locale]/reuses/[slug]/suivre">) {
  const { slug, locale: param } = await params;
  const locale = localeOf(param);
  if (!isSameOrigin(req.headers)) return new Response(null, { status: 403 });
  const form = await req.formData().catch(() => new FormData());
  const { caller, resHeaders } = formCaller(req);
  try {
    await caller.reuseFollow.set({ slug, following: form.get("action") !== "unfollow" });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return seeOther(signInToFollow(slug, locale));
    if (!(error instanceof TRPCError)) throw error;
  }
  return seeOther(localizedPath(locale, `${reusePath(slug)}#${FOLLOW_ANCHOR}`), resHeaders);
}

/** Opened rather than posted to (or reloaded): back to the page of the form. */
export async function GET(_req: Request, { params }: RouteContext<"/[locale]/reuses/[slug]/suivre">) {
  const { slug, locale } = await params;
  return toFormPage(slug, (valid) => localizedPath(localeOf(locale), `${reusePath(valid)}#${FOLLOW_ANCHOR}`));
}
