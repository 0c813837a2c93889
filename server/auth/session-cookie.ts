import "server-only";

import { decode } from "next-auth/jwt";

import type { Session } from "~/server/api/trpc";
import { env } from "~/server/env";
import { sessionTokenSchema } from "./identity";

/** Over https, next-auth's cookies carry the `__Secure-` / `__Host-` prefixes and the Secure flag. */
export const SECURE_COOKIES = env.NEXTAUTH_URL.startsWith("https://");

/** next-auth's session cookie. */
export const SESSION_COOKIE = `${SECURE_COOKIES ? "__Secure-" : ""}next-auth.session-token`;

/** The session a cookie value holds, if it is a valid, unexpired next-auth JWT of this site. */
export async function sessionFromCookie(value: string | undefined): Promise<Session | null> {
  if (!value || !env.NEXTAUTH_SECRET) return null;
  try {
    const parsed = sessionTokenSchema.safeParse(await decode({ token: value, secret: env.NEXTAUTH_SECRET }));
    if (!parsed.success) return null;
    const { sub, sid, name, slug, picture, roles, organizations, via, locale } = parsed.data;
    return { userId: sub, sessionId: sid, name, slug, picture: picture ?? null, roles, organizations, via, locale };
  } catch {
    return null;
  }
}
