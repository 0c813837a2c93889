// The sign-in cases of `node scripts/fuzz.mjs`: the rate limit whatever the spelling of the sign-in callback's
// path, next-auth's answers to requests no page sends, and values that would forge a line of the server's log if
// it kept their CR or LF (the log itself is checked once every case has run: fuzz-checks.mjs, forgedLogLines).
import { encodeComponent } from "./fuzz-http.mjs";
import { nextAddress } from "./fuzz-identities.mjs";
import { FORGED_LOG_MARKER, MARKERS } from "./fuzz-values.mjs";

const CALLBACK = "/api/auth/callback/api-key";
const LIMIT = 5;
const WRONG_KEY = "fz-wrong-key";
const FORGED = `fz\r\n${FORGED_LOG_MARKER} [next-auth][error][FORGED] 200 GET /admin`;

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

/** Requests no page sends: each gets a clean 4xx or a redirect, and none forges a line of the log. */
function oddCases(identity, csrf) {
  const request = (label, method, target, { headers = {}, body, expect } = {}) => ({
    surface: "sign-in",
    identity,
    label,
    method,
    target,
    headers: { "x-forwarded-for": nextAddress(), ...headers },
    body,
    expect: { zeroUpstream: "a request no page sends", ...expect },
  });
  const json = (value) => ({ "content-type": "application/json", ...value });
  return [
    request("GET of the sign-in callback", "GET", CALLBACK, { expect: { status: [303] } }),
    request("error code with CR LF", "GET", `/api/auth/error?error=${encodeComponent(FORGED)}`, {
      expect: { status: [302] },
    }),
    // A path with a control character names nothing here: the front server answers 404 (request-hygiene.ts).
    request("error segment with CR LF", "GET", `/api/auth/error/${encodeComponent(FORGED)}`, {
      expect: { status: [404] },
    }),
    request("error code with markup", "GET", `/api/auth/error?error=${encodeComponent(MARKERS[0])}`, {
      expect: { status: [302] },
    }),
    request("sign-in page error with CR LF", "GET", `/api/auth/signin?error=${encodeComponent(FORGED)}`),
    request("session update without CSRF token", "POST", "/api/auth/session", {
      headers: json(),
      body: JSON.stringify({ data: { name: FORGED } }),
      expect: { status: [403] },
    }),
    request("next-auth's client logger", "POST", "/api/auth/_log", {
      headers: json(),
      body: JSON.stringify({ level: "error", code: FORGED, message: FORGED }),
      expect: { status: [404] },
    }),
    request("session cookie with CR LF", "GET", "/api/auth/session", {
      headers: { cookie: `next-auth.session-token=${encodeComponent(FORGED)}` },
    }),
    request("sign-in with a forged CSRF token and callbackUrl", "POST", CALLBACK, {
      headers: { cookie: csrf.cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: FORGED, apiKey: FORGED, callbackUrl: FORGED, json: "true" }).toString(),
    }),
  ];
}

/** The sign-in cases, for `identity` (anonymous); `validKey` is a key data.gouv.fr accepts. */
export async function authCases(stack, identity, validKey) {
  const csrf = await csrfOf(stack.appUrl);
  return [...limitCases(identity, csrf, validKey), ...oddCases(identity, csrf)];
}
