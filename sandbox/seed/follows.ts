import { type FollowRecord } from "../model";
import { compare } from "../sorting";
import { type SeedBuilder } from "./builder";
import { hashDateBetween, hashInt, objectId } from "./hash";

/**
 * The people behind each reuse's follower count: as many follows as the catalogue counts, by distinct
 * generated people, so that the followers list (`GET /reuses/{id}/followers/`) has the length udata's
 * metric gives (`Reuse.count_followers`: `Follow.objects(until=None).followers(self).count()`).
 */
const CATALOGUE_DAY = Date.UTC(2023, 7, 15);

/** Steps through the pool by a stride prime to its size: `count` distinct people as long as count ≤ pool size. */
function strideFor(size: number, ...parts: string[]): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let stride = 1 + (hashInt("follow-stride", ...parts) % (size - 1));
  while (gcd(stride, size) !== 1) stride += 1;
  return stride;
}

export function addFollows(builder: SeedBuilder): void {
  const pool = builder.people;
  for (const reuse of builder.reuses.values()) {
    const count = Math.min(reuse.metrics.followers, pool.length);
    reuse.metrics.followers = count;
    const start = hashInt("follow-start", reuse.id);
    const stride = strideFor(pool.length, reuse.id);
    const follows: FollowRecord[] = [];
    for (let n = 0; n < count; n += 1) {
      const follower = pool[(start + n * stride) % pool.length];
      if (!follower) throw new Error("the people pool is empty");
      follows.push({
        id: objectId("follow", reuse.id, n),
        follower: follower.id,
        reuse: reuse.id,
        since: hashDateBetween(Date.parse(reuse.created_at), CATALOGUE_DAY, "follow-since", reuse.id, n),
      });
    }
    // In the order they were made, which is the order udata's list (Mongo's natural order) gives.
    follows.sort((a, b) => compare(a.since, b.since) || compare(a.id, b.id));
    builder.follows.push(...follows);
  }
}
