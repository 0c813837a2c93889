import "server-only";

import { z } from "zod";

import { upstream } from "../client";
import type { UpstreamCredential } from "../credential";
import { apiPath, objectId } from "../paths";

/** udata's answer to following or unfollowing: the number of followers after it (`FollowAPI`). */
const followersCountSchema = z.object({ followers: z.number().int().min(0) });

/** `POST /reuses/{id}/followers/`: 201 when new, 200 when already followed; the count after. */
export async function followReuse(credential: UpstreamCredential, reuseId: string): Promise<number> {
  const path = apiPath`/reuses/${objectId(reuseId)}/followers/`;
  return (await upstream({ method: "POST", path, credential, schema: followersCountSchema })).followers;
}

/** `DELETE /reuses/{id}/followers/`: the count after; 404 when the user did not follow it. */
export async function unfollowReuse(credential: UpstreamCredential, reuseId: string): Promise<number> {
  const path = apiPath`/reuses/${objectId(reuseId)}/followers/`;
  return (await upstream({ method: "DELETE", path, credential, schema: followersCountSchema })).followers;
}

/** Whether a user follows a reuse: `GET /reuses/{id}/followers/?user=`, as data.gouv.fr's own FollowButton asks. */
export async function isFollowingReuse(userId: string, reuseId: string): Promise<boolean> {
  const path = apiPath`/reuses/${objectId(reuseId)}/followers/`;
  const schema = z.object({ total: z.number().int().min(0) });
  const query = { user: userId, page_size: 1 };
  return (await upstream({ method: "GET", path, query, schema, fields: "total" })).total > 0;
}
