import { type UserRecord } from "../model";
import { type SeedBuilder } from "./builder";
import { fraction, hashDate, objectId, pick } from "./hash";
import { personName } from "./names";

/**
 * The catalogue has no users: a pool of generated people owns the reuses published without an
 * organization and administers the organizations whose members are unknown. Drawing from one pool
 * makes some people own several reuses and belong to organizations, as on data.gouv.fr.
 */
const POOL_SIZE = 3000;

function userPool(builder: SeedBuilder): UserRecord[] {
  for (let n = 0; n < POOL_SIZE; n += 1) {
    const id = objectId("user", n);
    builder.people.push(builder.addUser({ id, ...personName(id), since: hashDate(2014, 2023, "user-since", id) }));
  }
  return builder.people;
}

export function addPeople(builder: SeedBuilder): void {
  const pool = userPool(builder);
  for (const organization of builder.organizations.values()) {
    if (organization.members.length > 0) continue;
    const admin = pick(pool, "organization-admin", organization.id);
    organization.members.push({ user: admin.id, role: "admin", since: organization.created_at });
    if (fraction("organization-editor", organization.id) < 0.35) {
      const editor = pick(pool, "organization-editor", organization.id);
      if (editor.id !== admin.id)
        organization.members.push({ user: editor.id, role: "editor", since: organization.last_modified });
    }
  }
  for (const reuse of builder.reuses.values()) {
    if (!reuse.organization && !reuse.owner) reuse.owner = pick(pool, "reuse-owner", reuse.id).id;
  }
}
