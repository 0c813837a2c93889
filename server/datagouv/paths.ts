import "server-only";

import { UpstreamError } from "./errors";
import { OBJECT_ID_PATTERN, SLUG_PATTERN } from "~/lib/udata/vocabulary";

/** Held by this module only: nothing else can construct a `PathSegment`. */
const VALIDATED: unique symbol = Symbol("validated path segment");

/** Only what `objectId()`, `slugOrId()` and `badgeKind()` produce can go into a path. */
export class PathSegment {
  readonly #value: string;
  constructor(proof: typeof VALIDATED, value: string) {
    if (proof !== VALIDATED) throw new Error("PathSegment: use objectId(), slugOrId() or badgeKind()");
    this.#value = value;
  }

  get value(): string {
    return this.#value;
  }
}

function segment(value: string): PathSegment {
  return new PathSegment(VALIDATED, value);
}

declare const apiPathBrand: unique symbol;
/** A path under `/api/1`, built by `apiPath` from a fixed template and validated segments. */
export type ApiPath = string & { readonly [apiPathBrand]: true };

/** A value that cannot address anything upstream: 404 before any request (the value is not echoed). */
function refuse(what: string): never {
  throw new UpstreamError({ kind: "invalid", status: 404, detail: `invalid ${what} in path` });
}

export function objectId(value: string): PathSegment {
  return typeof value === "string" && OBJECT_ID_PATTERN.test(value) ? segment(value) : refuse("id");
}

/** A reuse, dataset or organization may be addressed by id or by slug (a lower-case id is also a slug). */
export function slugOrId(value: string): PathSegment {
  if (typeof value !== "string") return refuse("slug or id");
  return SLUG_PATTERN.test(value) || OBJECT_ID_PATTERN.test(value) ? segment(value) : refuse("slug or id");
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Organization invitations are addressed by a UUID (udata's `MembershipRequest.id`). */
export function uuid(value: string): PathSegment {
  return typeof value === "string" && UUID_PATTERN.test(value) ? segment(value) : refuse("uuid");
}

/** Badge kinds look like slugs (`certified`, `public-service`). */
export function badgeKind(value: string): PathSegment {
  return typeof value === "string" && SLUG_PATTERN.test(value) ? segment(value) : refuse("badge kind");
}

const FIXED_PART = /^[a-z0-9_/-]*$/;

/**
 * Tagged template for API paths: the literal parts are fixed in the code, every interpolated value must be a
 * validated `PathSegment`, and is percent-encoded anyway.
 *
 * @example apiPath`/reuses/${slugOrId(reuse)}/datasets/`
 */
export function apiPath(strings: TemplateStringsArray, ...segments: PathSegment[]): ApiPath {
  let path = "";
  strings.forEach((part, index) => {
    if (!FIXED_PART.test(part)) throw new Error(`apiPath: unexpected literal ${JSON.stringify(part)}`);
    path += part;
    if (index < segments.length) {
      const piece = segments[index];
      if (!(piece instanceof PathSegment)) throw new Error("apiPath: segments must be validated");
      path += encodeURIComponent(piece.value);
    }
  });
  if (!path.startsWith("/")) throw new Error("apiPath: a path starts with /");
  return path as ApiPath;
}
