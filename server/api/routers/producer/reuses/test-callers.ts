// Callers for the producer area's integration tests: fresh sandbox accounts signed in with a vault entry.
import { getVault, newSessionId } from "~/server/auth/vault";
import { control, sandboxUrl } from "~/server/test/sandbox";
import { appRouter } from "~/server/api/root";
import { createCallerFactory, createTRPCContext, type Session } from "~/server/api/trpc";

const createCaller = createCallerFactory(appRouter);

/** Anonymous, as the public pages call. */
export const anonymous = createCaller(createTRPCContext({ getSession: async () => null }));

export interface TestAccount {
  id: string;
  apikey: string;
  caller: ReturnType<typeof createCaller>;
}

/** A new sandbox user, signed in: its key in the vault, a session that points at it. */
export async function signedInUser(
  first_name: string,
  options: { organizations?: string[]; roles?: "admin"[] } = {},
): Promise<TestAccount> {
  const response = await control("POST", "users", { first_name, last_name: "Testeur", ...options });
  const user = (await response.json()) as { id: string; slug: string; apikey: string };
  const sessionId = newSessionId();
  await getVault().put(sessionId, user.apikey, 60 * 60_000);
  const session: Session = {
    userId: user.id,
    sessionId,
    name: `${first_name} Testeur`,
    slug: user.slug,
    picture: null,
    roles: options.roles ?? [],
    organizations: (options.organizations ?? []).map((id) => ({ id, name: id, slug: id })),
  };
  return {
    id: user.id,
    apikey: user.apikey,
    caller: createCaller(createTRPCContext({ getSession: async () => session })),
  };
}

/** Ids of a few public datasets of the sandbox. */
export async function someDatasets(count: number): Promise<string[]> {
  const response = await fetch(`${sandboxUrl}/api/1/datasets/?page_size=${count}`);
  const page = (await response.json()) as { data: { id: string }[] };
  return page.data.map((dataset) => dataset.id);
}

let counter = 0;

/** The fields of a valid new reuse, with a unique title word and url. */
export function newReuseFields(word: string) {
  counter += 1;
  const unique = `${word}${Date.now().toString(36)}${counter}`;
  return {
    title: `Carte ${unique}`,
    description: "Une carte des données publiques, pour les tests du tableau de bord des producteurs.",
    type: "visualization" as const,
    topic: "transport_and_mobility" as const,
    url: `https://exemple.fr/${unique}`,
    tags: ["velo"],
    unique,
  };
}
