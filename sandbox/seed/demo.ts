import { type ReuseRecord } from "../model";
import { type SeedBuilder } from "./builder";
import { hashInt } from "./hash";

/** The fixed demo accounts of the contract (documented in sandbox/README.md). */
export const DEMO_ACCOUNTS = {
  producer: {
    id: "100000000000000000000001",
    slug: "demo-producer",
    apikey: "sandbox-key-producer",
    organization: { id: "534fff4ca3a7292c64a77c95", role: "admin" }, // ADEME
  },
  member: {
    id: "100000000000000000000002",
    slug: "demo-member",
    apikey: "sandbox-key-member",
    organization: { id: "5c812a16634f416583ed1876", role: "editor" }, // Cerema
  },
  admin: { id: "100000000000000000000003", slug: "demo-admin", apikey: "sandbox-key-admin", organization: null },
} as const;

const SINCE = "2023-01-02T10:00:00.000000+00:00";

function byHash(seed: string) {
  return (a: ReuseRecord, b: ReuseRecord) => hashInt(seed, a.id) - hashInt(seed, b.id);
}

/** Four personal reuses of real people become the producer's: two public, one private, one deleted. */
function givePersonalReuses(builder: SeedBuilder, owner: string): void {
  const candidates = [...builder.reuses.values()]
    .filter((reuse) => !reuse.organization && reuse.datasets.length > 0 && reuse.metrics.views >= 100)
    .sort(byHash("demo-producer"))
    .slice(0, 4);
  candidates.forEach((reuse, index) => {
    reuse.owner = owner;
    reuse.private = index === 2;
    reuse.deleted = index === 3 ? reuse.last_modified : null;
    reuse.archived = null;
  });
}

/** One reuse of the member's organization is private, so that membership visibly matters. */
function hideOneOrganizationReuse(builder: SeedBuilder, organization: string): void {
  const [reuse] = [...builder.reuses.values()]
    .filter((candidate) => candidate.organization === organization && !candidate.deleted)
    .sort(byHash("demo-member"));
  if (reuse) reuse.private = true;
}

export function addDemoAccounts(builder: SeedBuilder): void {
  for (const [name, account] of Object.entries(DEMO_ACCOUNTS)) {
    builder.addUser({
      id: account.id,
      slug: account.slug,
      first_name: "Demo",
      last_name: name.charAt(0).toUpperCase() + name.slice(1),
      since: SINCE,
      apikey: account.apikey,
      roles: name === "admin" ? ["admin"] : [],
      about: `Compte de démonstration du bac à sable (${name}).`,
    });
    const membership = account.organization;
    const organization = membership && builder.organizations.get(membership.id);
    if (membership && organization)
      organization.members.push({ user: account.id, role: membership.role, since: SINCE });
  }
  givePersonalReuses(builder, DEMO_ACCOUNTS.producer.id);
  hideOneOrganizationReuse(builder, DEMO_ACCOUNTS.member.organization.id);
}
