/** For the account routers' integration tests: sandbox accounts and signed-in callers, as the app makes them. */
import { getVault, newSessionId } from "~/server/auth/vault";
import { control, sandboxUrl } from "./sandbox";
import { appRouter } from "~/server/api/root";
import { createCallerFactory, createTRPCContext, type Session } from "~/server/api/trpc";

export interface TestAccount {
  id: string;
  slug: string;
  apikey: string;
}

export async function newAccount(organizations: string[] = []): Promise<TestAccount> {
  const response = await control("POST", "users", { first_name: "Ada", last_name: "Lovelace", organizations });
  return (await response.json()) as TestAccount;
}

/** A session whose key is in the vault, as sign-in leaves it, and a caller for it. */
export async function signedIn(account: TestAccount) {
  const session: Session = {
    userId: account.id,
    sessionId: newSessionId(),
    name: "Ada Lovelace",
    slug: account.slug,
    picture: null,
    roles: [],
    organizations: [],
  };
  await getVault().put(session.sessionId, account.apikey, 60_000);
  const caller = createCallerFactory(appRouter)(createTRPCContext({ getSession: async () => session }));
  return { session, caller };
}

/** The status data.gouv.fr (the sandbox) answers `GET /me/` with this key: 200 while it works, 401 after. */
export async function meStatusWith(apiKey: string): Promise<number> {
  return (await fetch(`${sandboxUrl}/api/1/me/`, { headers: { "X-API-KEY": apiKey } })).status;
}

/** Makes a dataset the account owns (through the sandbox's `POST /datasets/`). */
export async function createDataset(account: TestAccount, title: string): Promise<void> {
  const response = await fetch(`${sandboxUrl}/api/1/datasets/`, {
    method: "POST",
    headers: { "X-API-KEY": account.apikey, "Content-Type": "application/json" },
    body: JSON.stringify({ title, description: `${title}.` }),
  });
  if (response.status !== 201) throw new Error(`POST /datasets/: HTTP ${response.status}`);
}

export const ADEME = "534fff4ca3a7292c64a77c95";
export const CEREMA = "5c812a16634f416583ed1876";
