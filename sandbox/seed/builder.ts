import {
  type CommunityResourceRecord,
  type DataserviceRecord,
  type DatasetRecord,
  type DiscussionRecord,
  type FollowRecord,
  type InvitationRecord,
  type OrganizationRecord,
  type ReuseRecord,
  type State,
  type TransferRecord,
  type UserRecord,
} from "../model";
import { uniqueSlug } from "../slug";

/** Bump when the seed changes: a snapshot of another version is reseeded at start-up. */
export const SEED_VERSION = 8;

export type NewUser = Pick<UserRecord, "id" | "first_name" | "last_name" | "since"> & Partial<UserRecord>;

/** The collections the seed steps fill in, keyed by id, before they become the sandbox's state. */
export class SeedBuilder {
  readonly users = new Map<string, UserRecord>();
  readonly organizations = new Map<string, OrganizationRecord>();
  readonly datasets = new Map<string, DatasetRecord>();
  readonly reuses = new Map<string, ReuseRecord>();
  readonly dataservices = new Map<string, DataserviceRecord>();
  readonly discussions: DiscussionRecord[] = [];
  readonly communityResources: CommunityResourceRecord[] = [];
  readonly follows: FollowRecord[] = [];
  readonly transfers: TransferRecord[] = [];
  readonly invitations: InvitationRecord[] = [];
  /** The generated people (seed/people.ts) that own, follow and discuss what the catalogue leaves anonymous. */
  readonly people: UserRecord[] = [];
  /** Datasets known only by a reference (title and slug) in the fixtures' reuses. */
  readonly datasetReferences = new Map<string, { title: string; slug: string }>();
  private readonly userSlugs = new Set<string>();

  /** Adds a user once; a later call with the same id returns the first record. */
  addUser(user: NewUser): UserRecord {
    const existing = this.users.get(user.id);
    if (existing) return existing;
    const slug =
      user.slug && !this.userSlugs.has(user.slug)
        ? user.slug
        : uniqueSlug(`${user.first_name} ${user.last_name}`, (taken) => this.userSlugs.has(taken));
    const record: UserRecord = {
      about: null,
      website: null,
      email: `${slug}@example.org`,
      avatar: null,
      roles: [],
      last_login_at: user.since,
      apikey: null,
      deleted: null,
      ...user,
      slug,
    };
    this.userSlugs.add(slug);
    this.users.set(record.id, record);
    return record;
  }

  /** Slugs are unique in udata: a later record whose slug is taken gets `-1`, `-2`... */
  private dedupeSlugs(records: Iterable<{ slug: string }>): void {
    const taken = new Set<string>();
    for (const record of records) {
      if (taken.has(record.slug)) record.slug = uniqueSlug(record.slug, (slug) => taken.has(slug));
      taken.add(record.slug);
    }
  }

  toState(): State {
    this.dedupeSlugs(this.reuses.values());
    this.dedupeSlugs(this.datasets.values());
    this.dedupeSlugs(this.organizations.values());
    this.dedupeSlugs(this.dataservices.values());
    return {
      seedVersion: SEED_VERSION,
      users: [...this.users.values()],
      organizations: [...this.organizations.values()],
      datasets: [...this.datasets.values()],
      dataservices: [...this.dataservices.values()],
      reuses: [...this.reuses.values()],
      follows: this.follows,
      tokens: [],
      reuseBadgeKinds: {},
      discussions: this.discussions,
      communityResources: this.communityResources,
      oauthClients: [],
      oauthCodes: [],
      oauthTokens: [],
      reports: [],
      transfers: this.transfers,
      invitations: this.invitations,
    };
  }
}
