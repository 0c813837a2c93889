/** Sandbox users and tRPC callers for the routers' integration tests: anonymous, or signed in as the app does it. */
import { appRouter } from "~/server/api/root";
import { createCallerFactory, createTRPCContext, type Session } from "~/server/api/trpc";
import { getVault, newSessionId } from "~/server/auth/vault";
import { control, sandboxUrl } from "./sandbox";

const createCaller = createCallerFactory(appRouter);

/** Anonymous, as the public pages, the sitemaps and the feed call. */
export const anonymous = createCaller(createTRPCContext({ getSession: async () => null }));

export interface TestUser {
  id: string;
  slug: string;
  apikey: string;
}

interface UserOptions {
  organizations?: string[];
  roles?: "admin"[];
}

/** A new sandbox user, "<firstName> Testeur". */
export async function newUser(firstName = "Ada", options: UserOptions = {}): Promise<TestUser> {
  const response = await control("POST", "users", { first_name: firstName, last_name: "Testeur", ...options });
  return (await response.json()) as TestUser;
}

/** A session whose key is in the vault, as sign-in leaves it (with these roles and organizations), and its caller. */
export async function signedIn(user: TestUser, options: UserOptions = {}) {
  const session: Session = {
    userId: user.id,
    sessionId: newSessionId(),
    name: user.slug,
    slug: user.slug,
    picture: null,
    roles: options.roles ?? [],
    organizations: (options.organizations ?? []).map((id) => ({ id, name: id, slug: id })),
    via: "api-key",
    locale: "fr",
  };
  await getVault().put(session.sessionId, user.apikey, 60 * 60_000);
  return { session, caller: createCaller(createTRPCContext({ getSession: async () => session })) };
}

/** A new sandbox user, signed in with the same roles and organizations. */
export async function signedInUser(firstName: string, options: UserOptions = {}) {
  const user = await newUser(firstName, options);
  return { ...user, ...(await signedIn(user, options)) };
}

/** The status data.gouv.fr (the sandbox) answers `GET /me/` with this key: 200 while it works, 401 after. */
export async function meStatusWith(apiKey: string): Promise<number> {
  return (await fetch(`${sandboxUrl}/api/1/me/`, { headers: { "X-API-KEY": apiKey } })).status;
}
