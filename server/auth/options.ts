import "server-only";

import type { Account, AuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";

import type { Locale } from "~/lib/i18n/locales";
import { translatorFor } from "~/lib/i18n/translator";
import { env } from "~/server/env";
import { authorizeApiKey, refreshedUser } from "./authorize";
import { oauthCredential, revokeOAuthTokens } from "./datagouv-oauth";
import { DATAGOUV_PROVIDER_ID, datagouvProvider } from "./datagouv-provider";
import { SESSION_MAX_AGE_S, type SignInMethod, sessionTokenSchema } from "./identity";
import { liveCredential } from "./live-credential";
import { nextAuthLogger, SessionEndedError } from "./logger";
import { safeCallbackPath } from "./redirects";
import { SECURE_COOKIES } from "./session-cookie";
import { signInLocale } from "./session-locale";
import { decodeCredential, encodeCredential, upstreamCredentialOf } from "./session-credential";
import { getVault, newSessionId } from "./vault";

const signInText = translatorFor("signInPage");

const profileSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  picture: z.string().nullable(),
  roles: z.array(z.string()),
  organizations: z.array(z.object({ id: z.string(), name: z.string(), slug: z.string() })),
});
const signedInUserSchema = profileSchema.extend({ sid: z.string() });
type SignedInUser = z.output<typeof signedInUserSchema>;

/**
 * The JWT of a session: the user and the session id, how they signed in, the language of their producer area;
 * never a key or a token.
 */
function withUser(token: JWT, user: SignedInUser, opened?: { via: SignInMethod; locale: Locale }): JWT {
  const { via, locale } = opened ?? sessionTokenSchema.parse(token);
  return { ...token, sub: user.id, ...user, via, locale, id: undefined, email: undefined };
}

/**
 * The session of a token whose credential is still in the vault, with that credential (an OAuth2 token renewed
 * if due). Signing out, the end of the session's time, a key data.gouv.fr refused (server/api/trpc.ts) or a
 * refused refresh delete the entry: the token then ends here.
 */
async function liveSession(token: JWT) {
  const parsed = sessionTokenSchema.safeParse(token);
  const credential = parsed.success ? await liveCredential(parsed.data.sid) : null;
  if (!parsed.success || credential === null) throw new SessionEndedError();
  return { sid: parsed.data.sid, credential: upstreamCredentialOf(credential) };
}

/** A session signed in with data.gouv.fr: its tokens go to the vault under a new session id, and only that id on. */
async function openOAuthSession(user: unknown, account: Account): Promise<SignedInUser> {
  const profile = profileSchema.parse(user);
  if (!account.access_token || !account.refresh_token) throw new Error("data.gouv.fr gave no refresh token");
  const sid = newSessionId();
  const credential = oauthCredential(account.access_token, account.refresh_token, account.expires_at);
  await getVault().put(sid, encodeCredential(credential), SESSION_MAX_AGE_S * 1000);
  return { ...profile, sid };
}

/** Sign-out ends the session here and, for one signed in with data.gouv.fr, its tokens there. */
async function endSession(sid: string): Promise<void> {
  const stored = await getVault().get(sid);
  await getVault().delete(sid);
  const credential = stored === null ? null : decodeCredential(stored);
  if (credential?.kind === "oauth") await revokeOAuthTokens(credential);
}

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
    ...(env.DATAGOUV_OAUTH ? [datagouvProvider(env.DATAGOUV_OAUTH)] : []),
  ],
  callbacks: {
    async jwt({ token, user, account, trigger }) {
      if (account?.provider === DATAGOUV_PROVIDER_ID) {
        const opened = { via: "datagouv", locale: await signInLocale() } as const;
        return withUser(token, await openOAuthSession(user, account), opened);
      }
      if (user) {
        const opened = { via: "api-key", locale: await signInLocale() } as const;
        return withUser(token, signedInUserSchema.parse(user), opened);
      }
      // Every later read of the session (GET /api/auth/session, an update) checks the vault; an ended session
      // throws, and next-auth answers `{}` and deletes the cookie instead of refreshing it.
      const { sid, credential } = await liveSession(token);
      // A session update (components/auth/refresh-session.ts) re-reads the display data; the client sends none.
      const fresh = trigger === "update" ? await refreshedUser(sid, credential) : null;
      return fresh ? withUser(token, fresh) : token;
    },
    session({ session, token }) {
      // What /api/auth/session tells the browser: display data and public ids only (no session id, no key): the
      // user's id, roles and organizations decide where public pages offer "Gérer". next-auth calls this right
      // after the jwt callback, with the token it returned: the vault was checked there.
      const parsed = sessionTokenSchema.safeParse(token);
      if (!parsed.success) return session;
      const { sub, name, slug, picture, roles, organizations } = parsed.data;
      return { ...session, user: { id: sub, name, slug, image: picture ?? null, roles, organizations } };
    },
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackPath(url, baseUrl)}`;
    },
  },
  events: {
    async signOut({ token }) {
      const parsed = sessionTokenSchema.safeParse(token);
      if (parsed.success) await endSession(parsed.data.sid);
    },
  },
};
