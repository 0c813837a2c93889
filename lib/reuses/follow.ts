import { reusePath } from "~/lib/site-urls";

/** The follow button's place on the reuse page: a no-JavaScript follow comes back there. */
export const FOLLOW_ANCHOR = "suivre";

/** Signed out, "Suivre" leads to the sign-in page, which comes back to the reuse. */
export function signInToFollow(slug: string): string {
  return `/sign-in?callbackUrl=${encodeURIComponent(reusePath(slug))}`;
}
