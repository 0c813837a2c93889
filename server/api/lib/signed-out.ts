import "server-only";

import type { SignInError } from "~/lib/auth/sign-in-errors";

/** Where the browser goes once a session has ended on purpose: the sign-in page, saying why. */
export function signedOutTo(reason: SignInError): string {
  return `/sign-in?error=${reason}`;
}
