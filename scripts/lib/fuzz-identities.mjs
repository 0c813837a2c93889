// Who the fuzzer is: anonymous, or signed in with a demo key. A hostile call may legitimately end a session (a
// cleared or regenerated key, a deleted account): the identity then signs in again, with its key if it still
// works, else with a new throwaway account of the same kind (POST /_sandbox/users), so nothing real is at stake.
import { httpSession } from "./http-session.mjs";

let addresses = 0;

/** A new client address for each sign-in: the app allows 5 sign-ins a minute per address. */
export function nextAddress() {
  addresses++;
  return `10.77.${(addresses >> 8) & 255}.${addresses & 255}`;
}

/** A new sandbox account: `{id, slug, apikey}`. */
export async function createAccount(sandboxUrl, { name, roles = [], organizations = [] }) {
  const response = await fetch(`${sandboxUrl}/_sandbox/users`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ first_name: "Fuzz", last_name: name, roles, organizations }),
  });
  if (response.status !== 201) throw new Error(`POST /_sandbox/users: HTTP ${response.status}`);
  return response.json();
}

export function anonymous() {
  const address = nextAddress();
  return { name: "anonymous", signedIn: false, admin: false, headers: () => ({ "x-forwarded-for": address }) };
}

/**
 * A signed-in identity: `headers()` carry its session cookie and address; `restore()` signs in again (see
 * above) and counts it. `kind` is `{roles, organizations}`, what a throwaway replacement gets.
 */
export async function signedIn(stack, { name, apiKey, kind }) {
  const identity = {
    name,
    signedIn: true,
    admin: kind.roles?.includes("admin") ?? false,
    apiKey,
    restored: 0,
    replaced: 0,
    session: undefined,
    headers: () => ({ cookie: identity.session.cookies(), "x-forwarded-for": identity.address }),
    async signIn() {
      identity.address = nextAddress();
      identity.session = httpSession(stack.appUrl, { clientAddress: identity.address });
      return (await identity.session.signIn(identity.apiKey)) === 200;
    },
    async restore() {
      identity.restored++;
      if (await identity.signIn()) return;
      identity.replaced++;
      identity.apiKey = (await createAccount(stack.sandboxUrl, { name, ...kind })).apikey;
      if (!(await identity.signIn())) throw new Error(`${name}: a new account could not sign in`);
    },
  };
  if (!(await identity.signIn())) throw new Error(`${name}: signing in with ${apiKey} failed`);
  return identity;
}
