// What `node scripts/fuzz.mjs` attacks and what it allows, read from the code itself so that it cannot drift:
// the tRPC procedures of the real router, the routes of app/, and the upstream routes of the one upstream client
// (server/**: every `apiPath` template).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { ROOT } from "./paths.mjs";

/** `{idPlaceholder, procedures: [{path, type, input, example}]}` (see fuzz-procedures.ts). */
export function listProcedures() {
  const helper = path.join(ROOT, "scripts", "lib", "fuzz-procedures.ts");
  // The router's modules read the environment when they load: any valid one will do, nothing is called.
  const env = { ...process.env, NODE_ENV: "production", NEXTAUTH_SECRET: "fuzz-procedures-listing-secret" };
  const output = execFileSync(process.execPath, ["--conditions", "react-server", "--import", "tsx", helper], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output);
}

function filesUnder(directory) {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)));
}

/** Files of app/ that answer a URL, and the URL's last part (metadata routes have their own name). */
const ROUTE_FILES = [
  [/(^|\/)page\.tsx$/, ""],
  [/(^|\/)route\.ts$/, ""],
  [/(^|\/)opengraph-image\.tsx$/, "opengraph-image"],
  [/(^|\/)robots\.ts$/, "robots.txt"],
  [/(^|\/)icon\.svg$/, "icon.svg"],
];

/**
 * The URLs of a route under app/[locale] (proxy.ts): French without a prefix, English under `en`; the producer
 * area has one URL for both (`/en/dashboard` only redirects).
 */
function languagesOf(segments) {
  if (segments[0] !== "[locale]") return [segments];
  const rest = segments.slice(1);
  return rest[0] === "dashboard" ? [rest] : [rest, ["en", ...rest]];
}

/**
 * Every URL pattern of app/, as segment lists: `{pattern: "/reuses/[slug]", segments: [...], file,
 * readsQuery}`; route groups `(x)` leave no segment. `readsQuery`: the file reads its query parameters.
 */
export function listRoutes() {
  const appDir = path.join(ROOT, "app");
  const routes = [];
  for (const file of filesUnder(appDir)) {
    const match = ROUTE_FILES.find(([test]) => test.test(file));
    if (!match) continue;
    const directory = path.dirname(file) === "." ? [] : path.dirname(file).split(path.sep);
    const segments = [...directory.filter((part) => !/^\(.*\)$/.test(part)), match[1]].filter(Boolean);
    const source = readFileSync(path.join(appDir, file), "utf8");
    for (const localized of languagesOf(segments)) {
      routes.push({
        pattern: `/${localized.join("/")}`,
        segments: localized,
        file: `app/${file}`,
        readsQuery: /searchParams/.test(source),
      });
    }
  }
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

function serverSources(directory = path.join(ROOT, "server")) {
  return filesUnder(directory)
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => readFileSync(path.join(directory, file), "utf8"));
}

function regexLiteral(source, name) {
  const match = new RegExp(`${name}\\s*=\\s*/\\^(.+?)\\$/`).exec(source);
  if (!match) throw new Error(`${name} not found where the fuzzer reads it`);
  return match[1];
}

/** udata's id and slug rules (lib/udata/vocabulary.ts), as the upstream client checks path segments with them. */
export function pathSegmentRules() {
  const vocabulary = readFileSync(path.join(ROOT, "lib", "udata", "vocabulary.ts"), "utf8");
  return { id: regexLiteral(vocabulary, "OBJECT_ID_PATTERN"), slug: regexLiteral(vocabulary, "SLUG_PATTERN") };
}

/**
 * The upstream routes the app may call, as regexes over the sandbox's logged paths: each `apiPath` template of
 * server/, its `${validator(…)}` segments replaced by what the validator lets through (server/datagouv/paths.ts),
 * and the metrics service's paths.
 */
export function upstreamAllowList() {
  const config = readFileSync(path.join(ROOT, "server", "datagouv", "config.ts"), "utf8");
  const prefix = /API_PREFIX\s*=\s*"([^"]+)"/.exec(config)?.[1];
  if (!prefix) throw new Error("server/datagouv/config.ts: API_PREFIX not found");
  const { id, slug } = pathSegmentRules();
  // The upstream client's uuid() (transfers, invitations) checks without case (its regex's `i` flag).
  const uuid = regexLiteral(readFileSync(path.join(ROOT, "server", "datagouv", "paths.ts"), "utf8"), "UUID_PATTERN");
  const segment = {
    objectId: id,
    slugOrId: `(?:${slug}|${id})`,
    badgeKind: slug,
    uuid: uuid.replaceAll("0-9a-f", "0-9a-fA-F"),
  };
  // A template read through API v2 is passed with the version last (`readPage(apiPath`/reuses/search/`, …, 2)`)
  // or named just before it in an upstream call (`version: 2, path: apiPath`…``).
  const templates = new Map(
    serverSources().flatMap((source) =>
      [...source.matchAll(/(version:\s*2,\s*path:\s*)?apiPath`(\/[^`\s]*)`([^;]*?,\s*2\))?/g)].map((m) => {
        const base = m[1] || m[3] ? "/api/2" : prefix;
        return [`${base}${m[2]}`, [m[2], base]];
      }),
    ),
  );
  const literal = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const udata = [...templates.values()].map(([template, base]) => {
    // Literal parts and `${validator(value)}` parts alternate.
    const parts = template.split(/\$\{(\w+)\([^)]*\)\}/);
    const pattern = parts.map((part, index) => {
      if (index % 2 === 0) return literal(part);
      if (!segment[part]) throw new Error(`apiPath segment validator ${part}(): unknown to the fuzzer`);
      return segment[part];
    });
    return { template: `${base}${template}`, regex: new RegExp(`^${literal(base)}${pattern.join("")}$`) };
  });
  return [...udata, ...metricsAllowList(literal)];
}

/** The paths of data.gouv.fr's metrics service the app reads (the `MetricsPath` type of its client), exactly. */
function metricsAllowList(literal) {
  const client = readFileSync(path.join(ROOT, "server", "datagouv", "metrics", "client.ts"), "utf8");
  const union = /type MetricsPath\s*=([^;]+);/.exec(client)?.[1];
  if (!union) throw new Error("server/datagouv/metrics/client.ts: MetricsPath not found");
  return [...union.matchAll(/"([^"]+)"/g)].map(([, metricsPath]) => ({
    template: metricsPath,
    regex: new RegExp(`^${literal(metricsPath)}$`),
  }));
}
