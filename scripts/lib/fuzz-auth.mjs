// The sign-in cases of `node scripts/fuzz.mjs`: the rate limit whatever the spelling of the sign-in callback's
// path.
import { nextAddress } from "./fuzz-identities.mjs";

const CALLBACK = "/api/auth/callback/api-key";
const LIMIT = 5;
const WRONG_KEY = "fz-wrong-key";

/**
 * Paths to the sign-in callback, as a client may write them: next-auth reads the action and provider from the
 * decoded segments (the first seven sign in, as the canonical path does), or refuses them (400), or Next.js
 * redirects them to the canonical path (308, `redirected`). Node sends them as they are.
 */
const SPELLINGS = [
  { target: "/api/auth/callback/api%2Dkey" },
  { target: "/api/auth/%63allback/api-key" },
  { target: "/api/auth/callback/%61pi-key" },
  { target: "/api/auth/callback/api-key/x" },
  { target: "/api/auth/./callback/api-key" },
  { target: "/api/auth/x/../callback/api-key" },
  { target: "/api/auth/%63%61%6C%6C%62%61%63%6B/%61%70%69%2D%6B%65%79?x=1" },
  { target: "/api/auth/CALLBACK/api-key" },
  { target: "/api/auth/callback/API-KEY" },
  { target: "/api/auth/callback%2Fapi-key" },
  { target: "/api/auth/callback/api-key;x=1" },
  { target: "/api/auth/signin/api-key" },
  { target: "/api/auth//callback/api-key", redirected: true },
  { target: "/api/auth/callback/api-key/", redirected: true },
  { target: "/api//auth/callback/api-key", redirected: true },
];

/** A CSRF cookie and its token, as the sign-in page gets them: next-auth checks them before it signs in. */
async function csrfOf(appUrl) {
  const response = await fetch(new URL("/api/auth/csrf", appUrl));
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";", 1)[0])
    .join("; ");
  const { csrfToken } = await response.json();
  return { cookie, csrfToken };
}

/** Sign-in attempts from one new client address: a case for each step, in order. */
function attempts(identity, csrf, steps) {
  const address = nextAddress();
  return steps.map(({ target, apiKey = WRONG_KEY, label, expect }) => ({
    surface: "sign-in",
    identity,
    label,
    method: "POST",
    target,
    headers: { cookie: csrf.cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": address },
    body: new URLSearchParams({
      csrfToken: csrf.csrfToken,
      apiKey,
      callbackUrl: "/dashboard",
      json: "true",
    }).toString(),
    expect,
  }));
}

const WRONG = { status: [401], why: "a wrong key, within the limit" };

/** After five attempts, the sixth is refused before next-auth (no upstream `GET /me/`), however it is spelled. */
function limitCases(identity, csrf, validKey) {
  const sixth = ({ redirected }) => ({
    status: redirected ? [308] : [429],
    zeroUpstream: "the 6th sign-in attempt of an address in a minute",
    why: redirected ? "Next.js redirects it to the canonical path" : "over the limit",
  });
  const perSpelling = SPELLINGS.flatMap((spelling) =>
    attempts(identity, csrf, [
      ...Array.from({ length: LIMIT }, () => ({ target: CALLBACK, label: "sign-in limit: attempt", expect: WRONG })),
      {
        ...spelling,
        apiKey: validKey,
        label: `sign-in limit: 6th attempt as ${spelling.target}`,
        expect: sixth(spelling),
      },
    ]),
  );
  // Attempts through the spellings that sign in count as much as through the canonical path.
  const mixed = attempts(identity, csrf, [
    ...SPELLINGS.slice(0, LIMIT).map(({ target }) => ({
      target,
      label: `sign-in limit: attempt as ${target}`,
      expect: WRONG,
    })),
    { target: CALLBACK, apiKey: validKey, label: "sign-in limit: 6th attempt after 5 spelled", expect: sixth({}) },
  ]);
  return [...perSpelling, ...mixed];
}

/** The sign-in cases, for `identity` (anonymous); `validKey` is a key data.gouv.fr accepts. */
export async function authCases(stack, identity, validKey) {
  const csrf = await csrfOf(stack.appUrl);
  return limitCases(identity, csrf, validKey);
}
