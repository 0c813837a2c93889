import "server-only";

import type { AuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";

import { translatorFor } from "~/lib/i18n/translator";
import { env } from "~/server/env";
import { authorizeApiKey, refreshedUser } from "./authorize";
import { SESSION_MAX_AGE_S, sessionTokenSchema } from "./identity";
import { nextAuthLogger, SessionEndedError } from "./logger";
import { safeCallbackPath } from "./redirects";
import { SECURE_COOKIES } from "./session-cookie";
import { getVault } from "./vault";

const signInText = translatorFor("signInPage");

const signedInUserSchema = z.object({
  id: z.string(),
  sid: z.string(),
  name: z.string(),
  slug: z.string(),
  picture: z.string().nullable(),
  roles: z.array(z.string()),
  organizations: z.array(z.object({ id: z.string(), name: z.string(), slug: z.string() })),
});
type SignedInUser = z.output<typeof signedInUserSchema>;

function withUser(token: JWT, user: SignedInUser): JWT {
  return { ...token, sub: user.id, ...user, id: undefined, email: undefined };
}

/**
 * The session of a token whose key is still in the vault, with that key. Signing out, the end of the session's
 * time, or a key data.gouv.fr refused (server/api/trpc.ts) delete the entry: the token then ends here.
 */
async function liveSession(token: JWT) {
  const parsed = sessionTokenSchema.safeParse(token);
  const apiKey = parsed.success ? await getVault().get(parsed.data.sid) : null;
  if (!parsed.success || apiKey === null) throw new SessionEndedError();
  return { sid: parsed.data.sid, apiKey };
}

/**
 * next-auth: one Credentials provider, id `api-key` (a contract), whose one field is `apiKey`. Sessions are JWTs
 * (encrypted, in an HttpOnly SameSite=Lax cookie, Secure when the site is served over https) holding the user id,
 * the session id and display data; the key itself stays in the vault.
 */
export const authOptions: AuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  // The token expires with the session (next-auth's default is 30 days, whatever the session's maxAge).
  jwt: { maxAge: SESSION_MAX_AGE_S },
  logger: nextAuthLogger,
  useSecureCookies: SECURE_COOKIES,
  pages: { signIn: "/sign-in", error: "/sign-in", signOut: "/sign-in" },
  providers: [
    CredentialsProvider({
      id: "api-key",
      name: signInText("providerName"),
      credentials: { apiKey: { label: signInText("apiKeyLabel"), type: "password" } },
      authorize: (credentials) => (credentials?.apiKey ? authorizeApiKey(credentials.apiKey.trim()) : null),
    }),
  ],
  callbacks: {
    async jwt({ token, user, trigger }) {
      if (user) return withUser(token, signedInUserSchema.parse(user));
      // Every later read of the session (GET /api/auth/session, an update) checks the vault; an ended session
      // throws, and next-auth answers `{}` and deletes the cookie instead of refreshing it.
      const { sid, apiKey } = await liveSession(token);
      // A session update (components/auth/refresh-session.ts) re-reads the display data; the client sends none.
      const fresh = trigger === "update" ? await refreshedUser(sid, apiKey) : null;
      return fresh ? withUser(token, fresh) : token;
    },
    session({ session, token }) {
      // What /api/auth/session tells the browser: display data only (no session id, no key). next-auth calls this
      // right after the jwt callback, with the token it returned: the vault was checked there.
      const parsed = sessionTokenSchema.safeParse(token);
      if (!parsed.success) return session;
      const { name, slug, picture, roles, organizations } = parsed.data;
      return { ...session, user: { name, slug, image: picture ?? null, roles, organizations } };
    },
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackPath(url, baseUrl)}`;
    },
  },
  events: {
    async signOut({ token }) {
      const parsed = sessionTokenSchema.safeParse(token);
      if (parsed.success) await getVault().delete(parsed.data.sid);
    },
  },
};
