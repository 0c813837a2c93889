// The page cases of `node scripts/fuzz.mjs`: every route of app/ with each dynamic segment made hostile, with
// hostile query parameters, and raw paths (`..`, encodings, NUL, server files) sent verbatim.
import { encodeComponent } from "./fuzz-http.mjs";

/**
 * The query parameters the pages read: `searchParams` in app/ and the parsers it goes to (parseListingState,
 * listParams, parseOverviewQuery, CreatedNotice, the sign-in page). Closed ones take a value from a list, a
 * number or an id, and ignore anything else; free ones take text (a search may reach upstream, as a search).
 */
const PARAMS = [
  ...["type", "topic", "sort", "organization", "page", "status", "created"].map((name) => ({ name, closed: true })),
  ...["q", "tag", "reuse", "callbackUrl", "error"].map((name) => ({ name, closed: false })),
];

/** Query strings no parser expects: repeated, bracketed, prototype names, many or huge keys. */
const ODD_QUERIES = [
  { name: "repeated page", query: "page=2&page=-1&page=fz", quick: true },
  { name: "bracketed keys", query: "page[]=1&q[__proto__][polluted]=fz9&tag[0]=a" },
  { name: "__proto__ key", query: "__proto__=fz9&constructor[prototype][polluted]=fz9", quick: true },
  { name: "NUL key", query: "%00=fz&q%00=fz" },
  { name: "1,000 parameters", query: Array.from({ length: 1_000 }, (_, i) => `tag=t${i}`).join("&") },
  { name: "bad percent-encoding", query: "q=%ZZ%E9%C0%AF&type=%" },
];

/** Sent as they are (node:http does not normalize): traversal, encodings, NUL, files no route serves. */
const RAW_PATHS = [
  "/reuses/../me/apikey",
  "/reuses/%2e%2e/%2e%2e/api/1/me/",
  "/reuses/..%2f..%2fapi%2f1%2fme%2f",
  "/reuses/%252e%252e%252fapi",
  "/%00",
  "/reuses/%00",
  "/reuses/fz%00.json",
  "/reuses/a%2fb",
  "/reuses/%2F%2Fevil.example",
  "//evil.example/",
  "/%5c%5cevil.example",
  "/reuses/%ZZ",
  "/reuses/%C0%AF%C0%AE",
  "/reuses/%E9",
  "/reuses/%ED%A0%80",
  "/r%C3%A9utilisations",
  "/reuses/\\..\\..\\",
  "/reuses;fz=1",
  "/reuses/feed.xml/..",
  "/reuses/feed.xml%00.html",
  "/sitemaps/..%2f..%2fpackage.json",
  "/api/trpc/../../../etc/passwd",
  "/api/trpc/..%2f..%2f..%2fetc%2fpasswd",
  "/api/auth/..%2f..%2f.env",
  "/dashboard/..%2f..%2f.data%2fsecret",
  "/_next/static/..%2f..%2f..%2fpackage.json",
  "/_next/../../package.json",
  "/_next/image?url=%2Fetc%2Fpasswd&w=64&q=75",
  "/_next/image?url=https%3A%2F%2Fevil.example%2Fx.png&w=64&q=75",
  "/.env",
  "/.git/config",
  "/.data/secret",
  "/package.json",
  `/reuses/${"a".repeat(300)}`,
  `/${"a/".repeat(2_000)}`,
  `/${"x".repeat(10_000)}`,
];

/** Whether `value` could name something upstream (an id, a slug): anything else must stop at the app. */
function couldName(value, rules) {
  return new RegExp(`^(?:${rules.slug}|${rules.id})$`).test(value);
}

function fill(route, fills, [hole, value] = []) {
  const segments = route.segments.map((segment) => {
    const name = /^\[(?:\.\.\.)?(\w+)\]$/.exec(segment)?.[1];
    if (!name) return segment;
    if (name === hole) return encodeComponent(value);
    if (fills[name] === undefined) throw new Error(`${route.file}: no valid value for [${name}] in the fuzzer`);
    return fills[name];
  });
  return `/${segments.join("/")}`;
}

/** What an invalid segment must get: 404 (signed out, the way to /sign-in may come first), no upstream request. */
function invalidSegment(route, segment, identity) {
  if (segment.startsWith("[...")) return { zeroUpstream: "a catch-all route's hostile GET" };
  const signIn = !identity.signedIn && route.pattern.startsWith("/dashboard");
  return { status: signIn ? [307, 404] : [404], zeroUpstream: "an invalid path segment", why: "invalid path segment" };
}

/** How many values each query parameter gets, on a route that reads its query and on one that does not. */
const COUNTS = { reads: { quick: 3, full: 25 }, ignores: { quick: 1, full: 2 } };

function segmentCases(route, context) {
  const { identity, draw, fills, rules } = context;
  const values = draw.strings();
  return route.segments
    .filter((segment) => segment.startsWith("["))
    .flatMap((segment) => {
      const name = /\w+/.exec(segment)[0];
      // An empty segment is no segment: the URL names another route (Next.js drops the trailing slash).
      return values
        .filter(({ value }) => value !== "")
        .map(({ name: valueName, value }) => ({
          label: `${route.pattern} [${name}] = ${valueName}`,
          target: fill(route, fills, [name, value]),
          expect: couldName(value, rules) ? undefined : invalidSegment(route, segment, identity),
        }));
    });
}

/**
 * Closed parameters with an unusable value are ignored: the page answers as without it (or redirects to its URL
 * without it), and the value never reaches upstream.
 */
function paramCases(route, context, baseStatus) {
  const { draw, quick, fills } = context;
  const path = fill(route, fills);
  // A route that reads no parameter must only ignore them: a value or two shows it.
  const count = route.readsQuery ? COUNTS.reads : COUNTS.ignores;
  const cases = PARAMS.flatMap((param) =>
    draw.strings(count).map(({ name, value, lookalike }) => ({
      label: `${route.pattern} ?${param.name}= ${name}`,
      target: `${path}?${param.name}=${encodeComponent(value)}`,
      expect: param.closed && !lookalike ? { sameStatus: baseStatus, ignored: value } : undefined,
    })),
  );
  const odd = ODD_QUERIES.filter((odd) => route.readsQuery && (!quick || odd.quick));
  return [
    ...cases,
    ...odd.map(({ name, query }) => ({ label: `${route.pattern} ${name}`, target: `${path}?${query}` })),
  ];
}

/** Routes an identity visits: everything signed out; signed in, only what differs when signed in. */
function visits(route, identity) {
  if (route.pattern.startsWith("/api/trpc")) return !identity.signedIn;
  return !identity.signedIn || /^\/(dashboard|sign-in|api\/auth)/.test(route.pattern);
}

/**
 * For each route an identity visits, `{base, cases(baseStatus)}` (values from `draw`, fuzz-draw.mjs): `base`, the
 * route with valid segments and no query, is sent first; its status is what ignored parameters must not change.
 */
export function pageGroups({ routes, fills, rules, identity, quick, draw }) {
  const context = { identity, draw, fills, rules, quick };
  const page = (extra) => ({ surface: "pages", identity, method: "GET", ...extra });
  return routes
    .filter((route) => visits(route, identity))
    .map((route) => ({
      base: page({ label: `${route.pattern} (valid)`, target: fill(route, fills) }),
      cases: (baseStatus) => [...segmentCases(route, context), ...paramCases(route, context, baseStatus)].map(page),
    }));
}

/** The raw paths, sent as they are: no 5xx, nothing stray upstream, no file of the server in the answer. */
export function rawPathCases(identity) {
  return RAW_PATHS.map((target) => ({ surface: "raw paths", identity, method: "GET", label: "raw path", target }));
}
