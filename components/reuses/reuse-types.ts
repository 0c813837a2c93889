import type { RouterOutputs } from "~/server/api/root";

import { personName } from "~/lib/udata/person-name";

/** A reuse as its page shows it (the mask of `reuses.get`). */
export type ReuseDetail = RouterOutputs["reuses"]["get"];
export type FollowersPage = RouterOutputs["reuses"]["followers"];
/** A reuse's monthly visits, or `available: false` (the metrics service did not answer). */
export type ReuseAudience = RouterOutputs["reuses"]["audience"];

/** Who published a reuse: an organization, or a person without one. */
export type ReuseProducer =
  | { kind: "organization"; id: string; name: string; image: string | null }
  | { kind: "owner"; id: string; name: string; image: string | null; page: string };

export function producerOf(reuse: Pick<ReuseDetail, "organization" | "owner">): ReuseProducer | undefined {
  const { organization, owner } = reuse;
  if (organization) {
    const image = organization.logo_thumbnail ?? organization.logo;
    return { kind: "organization", id: organization.id, name: organization.name, image };
  }
  if (owner) {
    const name = personName(owner);
    return { kind: "owner", id: owner.id, name, image: owner.avatar_thumbnail ?? owner.avatar, page: owner.page };
  }
  return undefined;
}
