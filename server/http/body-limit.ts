import { IMAGE_UPLOAD_PROCEDURES, MAX_IMAGE_BYTES } from "~/lib/images/image-rules";
import { REUSE_DESCRIPTION_MAX } from "~/lib/udata/reuse-limits";

/**
 * The most bytes of request body the front server lets through, by path: Next.js, next-auth and tRPC read a
 * body whole, in memory, before any check of theirs (one 300 MB post took the server from 0.26 to 1.1 GB).
 */

/** Sign-in forms, JSON procedures (a profile's 10,000-character `about` is 30 KB at most), and anything else. */
export const SMALL_BODY_BYTES = 64 * 1024;

/** A reuse's description: its most characters, 3 bytes each at most in JSON's UTF-8, and the other fields. */
export const REUSE_TEXT_BODY_BYTES = 3 * REUSE_DESCRIPTION_MAX + SMALL_BODY_BYTES;

/** An image and the multipart form around it (its headers, the reuse id, the crop box). */
export const UPLOAD_BODY_BYTES = MAX_IMAGE_BYTES + SMALL_BODY_BYTES;

/** tRPC procedures that take more than a small body; tRPC's path for a batch joins names with commas. */
const TEXT_PROCEDURES: ReadonlySet<string> = new Set(["producerReuses.create", "producerReuses.update"]);
/** Multipart uploads (components/dashboard/upload): always sent alone, never in a batch. */
const UPLOAD_PROCEDURES: ReadonlySet<string> = new Set(IMAGE_UPLOAD_PROCEDURES);

/**
 * The segments of a request target's path as a router sees them: percent-decoded, without empty segments (`//`,
 * a trailing slash) or dot segments; undefined when the path cannot be decoded.
 */
export function pathSegments(url = "/"): string[] | undefined {
  let path: string;
  try {
    path = decodeURIComponent(url.split("?", 1)[0] ?? "");
  } catch {
    return undefined;
  }
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "" && segment !== ".") segments.push(segment);
  }
  return segments;
}

/**
 * The body limit of a request target. Decided on the decoded path, so that no spelling of a path
 * (`%2E`, `//`, a trailing slash, `/./`) gets another limit than the procedure it reaches; anything not
 * recognised gets the small limit.
 */
export function bodyLimitOf(url: string | undefined): number {
  const segments = pathSegments(url);
  if (segments?.length !== 3 || segments[0] !== "api" || segments[1] !== "trpc") return SMALL_BODY_BYTES;
  const names = (segments[2] ?? "").split(",");
  if (names.length === 1 && UPLOAD_PROCEDURES.has(names[0] ?? "")) return UPLOAD_BODY_BYTES;
  return names.some((name) => TEXT_PROCEDURES.has(name)) ? REUSE_TEXT_BODY_BYTES : SMALL_BODY_BYTES;
}
