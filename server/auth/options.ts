import "server-only";

import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";

import { env } from "~/server/env";
import { authorizeApiKey, refreshedUser } from "./authorize";
import { SESSION_MAX_AGE_S, sessionTokenSchema } from "./identity";
import { safeCallbackPath } from "./redirects";
import { SECURE_COOKIES } from "./session-cookie";
import { getVault } from "./vault";

const signedInUserSchema = z.object({
  id: z.string(),
  sid: z.string(),
  name: z.string(),
  slug: z.string(),
  picture: z.string().nullable(),
  roles: z.array(z.string()),
  organizations: z.array(z.object({ id: z.string(), name: z.string(), slug: z.string() })),
});

/**
 * next-auth: one Credentials provider, id `api-key` (a contract), whose one field is `apiKey`. Sessions are JWTs
 * (encrypted, in an HttpOnly SameSite=Lax cookie, Secure when the site is served over https) holding the user id,
 * the session id and display data; the key itself stays in the vault.
 */
export const authOptions: AuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  useSecureCookies: SECURE_COOKIES,
  pages: { signIn: "/sign-in", error: "/sign-in", signOut: "/sign-in" },
  providers: [
    CredentialsProvider({
      id: "api-key",
      name: "Clé d'API data.gouv.fr",
      credentials: { apiKey: { label: "Clé d'API", type: "password" } },
      authorize: (credentials) => (credentials?.apiKey ? authorizeApiKey(credentials.apiKey.trim()) : null),
    }),
  ],
  callbacks: {
    async jwt({ token, user, trigger }) {
      // A session update (components/auth/refresh-session.ts) re-reads the display data; the client sends none.
      const parsed = sessionTokenSchema.safeParse(token);
      const fresh = trigger === "update" && parsed.success ? await refreshedUser(parsed.data.sid) : null;
      const signedIn = user ? signedInUserSchema.parse(user) : fresh;
      if (!signedIn) return token;
      return { ...token, sub: signedIn.id, ...signedIn, id: undefined, email: undefined };
    },
    session({ session, token }) {
      // What /api/auth/session tells the browser: display data only (no session id, no key).
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
