import { type SeedBuilder } from "./builder";
import { fraction } from "./hash";

/**
 * The catalogue lists only public reuses: a handful (about 0.3% each) become private or deleted, and
 * about 0.5% archived, chosen by hash of their id, so that listings and pages meet every case.
 */
export function deriveFlags(builder: SeedBuilder): void {
  for (const reuse of builder.reuses.values()) {
    if (fraction("reuse-private", reuse.id) < 0.003) reuse.private = true;
    else if (fraction("reuse-deleted", reuse.id) < 0.003) reuse.deleted = reuse.last_modified;
    if (fraction("reuse-archived", reuse.id) < 0.005) reuse.archived = reuse.last_modified;
  }
}
