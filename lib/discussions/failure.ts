/** Why a discussion post failed, as a key of `discussions.form.failures`. */
export type PostFailure = "invalid" | "forbidden" | "notFound" | "unavailable";

/** The failure a tRPC error code means for a post (UNAUTHORIZED is not one: the visitor signs in first). */
export function postFailureOf(code: string | undefined): PostFailure {
  if (code === "BAD_REQUEST") return "invalid";
  if (code === "FORBIDDEN") return "forbidden";
  if (code === "NOT_FOUND") return "notFound";
  return "unavailable";
}
