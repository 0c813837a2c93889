// The body-size cases of `node scripts/fuzz.mjs`. The front server holds every body to its path's limit
// (server/http/body-limit.ts, whose limits fuzz-procedures.ts reports per procedure): a body just over it gets a
// 413, under any spelling of the path, before anything reads it; the largest bodies the app takes (an image, a
// reuse's longest description, a profile's longest text) go through. Huge bodies: fuzz-huge-bodies.mjs.

const OVER_LIMIT = { status: [413], zeroUpstream: "a body over its limit" };
/** Spellings of a path that a router reads as the same one (`%2E`, `//`, `/./`, a trailing slash). */
const SPELLINGS = [
  (path) => path,
  (path) => `/${path}/`,
  (path) => path.replaceAll(".", "%2E"),
  (path) => path.replace("/trpc/", "/trpc/./"),
];
/** Paths that name an upload procedure but reach none (or several): they get the small limit. */
const NOT_UPLOADS = [
  "/api/trpc/account.profile.uploadAvatar%2Fx",
  "/api/trpc/account.profile.uploadAvatar/x",
  "/api/trpc/account.profile.uploadAvatar,producerReuses.uploadImage?batch=1",
  "/x/api/trpc/account.profile.uploadAvatar",
];

function limitsOf(listing) {
  const limit = (path) => listing.procedures.find((procedure) => procedure.path === path)?.bodyLimit;
  const small = Math.min(...listing.procedures.map((procedure) => procedure.bodyLimit));
  return { small, upload: limit("account.profile.uploadAvatar") };
}

/** The longest text a field takes (its zod maxLength), each character 3 bytes of UTF-8: the heaviest valid one. */
function longest(listing, path, field) {
  const procedure = listing.procedures.find((candidate) => candidate.path === path);
  return "€".repeat(procedure.input.properties[field].maxLength);
}

/** A multipart form with `file`, a text file (valid as a form, refused as an image) of `bytes` bytes. */
function multipart(bytes) {
  const boundary = "fuzzboundary";
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n`;
  const body = Buffer.concat([
    Buffer.from(`${head}Content-Type: text/plain\r\n\r\n`),
    Buffer.alloc(bytes, "a"),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

const superjson = (input) => JSON.stringify({ json: input });

/** The body cases, sent one by one and checked like the others, as `anonymous` and as `producer`. */
export function bodyCases({ listing, ids, anonymous, producer, appOrigin }) {
  const { small, upload } = limitsOf(listing);
  const json = { "content-type": "application/json", origin: appOrigin };
  const form = { "content-type": "application/x-www-form-urlencoded" };
  const chunked = { "transfer-encoding": "chunked" };
  const post = ({ identity = anonymous, label, target, body, headers = json, expect = OVER_LIMIT }) => ({
    surface: "bodies",
    identity,
    label,
    method: "POST",
    target,
    headers,
    body,
    expect,
  });
  const over = (label, target, limit, headers) => post({ label, target, body: Buffer.alloc(limit + 1, "a"), headers });
  const uploads = ["/api/trpc/account.profile.uploadAvatar", "/api/trpc/producerReuses.uploadImage"];
  const image = multipart(upload - 8 * 1024);
  const passes = { status: [200] };
  return [
    over("sign-in form over the small limit", "/api/auth/callback/api-key", small, form),
    over("sign-in form over the small limit, chunked", "/api/auth/callback/api-key", small, { ...form, ...chunked }),
    over("page post over the small limit", "/reuses", small, form),
    // Signed in: tRPC refuses anonymous callers before it reads their body.
    post({
      identity: producer,
      label: "JSON over the small limit, chunked",
      target: "/api/trpc/account.profile.update",
      body: superjson({ about: "a".repeat(small) }),
      headers: { ...json, ...chunked },
    }),
    ...uploads.flatMap((path) =>
      SPELLINGS.map((spell) => over(`upload over its limit: ${spell(path)}`, spell(path), upload)),
    ),
    ...NOT_UPLOADS.map((target) => over(`not an upload, over the small limit: ${target}`, target, small)),
    post({
      identity: producer,
      label: "the largest upload goes through (then refused: not an image)",
      target: uploads[0],
      body: image.body,
      headers: { "content-type": image.contentType, origin: appOrigin },
      expect: { status: [400], zeroUpstream: "a file that is not an image" },
    }),
    post({
      identity: producer,
      label: "a reuse's longest description goes through",
      target: "/api/trpc/producerReuses.update",
      body: superjson({ id: ids.reuse, description: longest(listing, "producerReuses.update", "description") }),
      expect: passes,
    }),
    post({
      identity: producer,
      label: "a profile's longest text goes through",
      target: "/api/trpc/account.profile.previewMarkdown",
      body: superjson({ source: longest(listing, "account.profile.previewMarkdown", "source") }),
      expect: passes,
    }),
  ];
}
