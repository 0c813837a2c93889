import "server-only";

import { SESSION_COOKIE } from "~/server/auth/session-cookie";

/** For answers that belong to one caller: neither the browser's cache nor a shared one (a CDN) keeps them. */
export const PRIVATE_ANSWER = "private, no-store";

/**
 * Whether a request carries a session cookie, valid or not (next-auth splits a big one into `.0`, `.1`…): its
 * answer may depend on who is signed in. A public procedure reads nothing of the session today, but its answer
 * to a signed-in browser must not be shared on the day one does.
 */
export function carriesSession(headers: Headers): boolean {
  const names = (headers.get("cookie") ?? "").split(";").map((pair) => pair.split("=", 1)[0]?.trim() ?? "");
  return names.some((name) => name === SESSION_COOKIE || name.startsWith(`${SESSION_COOKIE}.`));
}
