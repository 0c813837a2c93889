import "server-only";

import {
  listMyOrgReuses,
  listMyReuses,
  organizationRefSchema,
  reuseMetricsSchema,
  reuseSchema,
  userRefSchema,
} from "~/server/datagouv";
import type { UpstreamCredential } from "~/server/datagouv";

/** What the producer's overview shows of each reuse, and what the url check compares (the X-Fields mask). */
const myReuseSchema = reuseSchema
  .pick({
    id: true,
    slug: true,
    title: true,
    url: true,
    private: true,
    deleted: true,
    archived: true,
    featured: true,
    created_at: true,
    last_modified: true,
  })
  .extend({
    organization: organizationRefSchema.pick({ id: true, name: true }).nullable(),
    owner: userRefSchema.pick({ id: true }).nullable(),
    metrics: reuseMetricsSchema.pick({ datasets: true, followers: true, views: true }),
  });

/**
 * Every reuse the caller may manage: their own (`/me/reuses/`) and their organizations' (`/me/org_reuses/`),
 * private, archived and deleted ones included, each once, last modified first. Read with the caller's key:
 * never cached.
 */
export async function listAllMyReuses(credential: UpstreamCredential) {
  const [own, organizations] = await Promise.all([
    listMyReuses(credential, { select: myReuseSchema }),
    listMyOrgReuses(credential, { select: myReuseSchema }),
  ]);
  const byId = new Map([...own, ...organizations].map((reuse) => [reuse.id, reuse]));
  return [...byId.values()].sort((a, b) => b.last_modified.localeCompare(a.last_modified));
}

/** Whether two reuse addresses are the same, give or take surrounding spaces and a trailing slash. */
export function sameUrl(a: string, b: string): boolean {
  const normalize = (url: string) => url.trim().replace(/\/+$/, "");
  return normalize(a) === normalize(b);
}
