import "server-only";

import { randomBytes } from "node:crypto";

/** A request id for a form that posts without JavaScript (see server/api/lib/idempotent-post.ts). */
export function newRequestId(): string {
  return randomBytes(16).toString("hex");
}
