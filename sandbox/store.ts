import { createHash } from "node:crypto";
import { newObjectId } from "./ids";
import {
  type DataserviceRecord,
  type DatasetRecord,
  type OrganizationRecord,
  type ReuseRecord,
  type State,
  type TokenRecord,
  type UserRecord,
} from "./model";

export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The sandbox's state with its lookup maps. Every write goes through a method here (or ends with
 * `changed()`), which bumps `version` (so caches drop) and schedules a snapshot.
 */
export class Store {
  version = 0;
  state: State;
  private users = new Map<string, UserRecord>();
  private keys = new Map<string, UserRecord>();
  private tokens = new Map<string, TokenRecord>();
  private organizations = new Map<string, OrganizationRecord>();
  private datasets = new Map<string, DatasetRecord>();
  private dataservices = new Map<string, DataserviceRecord>();
  private reuses = new Map<string, ReuseRecord>();
  /** udata's `SlugFollow`: a former slug → the reuse it now redirects to. */
  private formerReuseSlugs = new Map<string, ReuseRecord>();
  private memberships = new Map<string, Set<string>>();

  constructor(
    state: State,
    private readonly onChange: () => void,
  ) {
    this.state = state;
    this.rebuild();
  }

  /** Replaces the whole state (reset) and rebuilds the maps. */
  load(state: State): void {
    this.state = state;
    this.rebuild();
  }

  private rebuild(): void {
    const state = this.state;
    for (const map of [
      this.users,
      this.keys,
      this.tokens,
      this.organizations,
      this.datasets,
      this.dataservices,
      this.reuses,
      this.formerReuseSlugs,
      this.memberships,
    ])
      map.clear();
    state.users.forEach((user) => this.indexUser(user));
    state.tokens.forEach((token) => this.tokens.set(token.hash, token));
    state.organizations.forEach((organization) => this.indexOrganization(organization));
    state.datasets.forEach((dataset) => this.index(this.datasets, dataset, [dataset.slug]));
    state.dataservices.forEach((dataservice) => this.index(this.dataservices, dataservice, [dataservice.slug]));
    state.reuses.forEach((reuse) => this.indexReuse(reuse));
    this.version += 1;
  }

  changed(): void {
    this.version += 1;
    this.onChange();
  }

  user(idOrSlug: string): UserRecord | undefined {
    return this.users.get(idOrSlug);
  }

  /** udata 15: the user whose `apikey` this is. */
  userByApiKey(key: string): UserRecord | undefined {
    return this.keys.get(key);
  }

  /** udata 16 and later: the token this plaintext is, revoked and expired ones included. */
  tokenByPlaintext(plaintext: string): TokenRecord | undefined {
    return this.tokens.get(tokenHash(plaintext));
  }

  /**
   * udata's migration to 16 (udata/migrations/2026-01-28-migrate-apikeys-to-api-tokens.py): every user's
   * `apikey` becomes a token named "Migrated API key", skipped when already there. Unlike udata, the key stays
   * on the user, so that a sandbox switched back to 15 finds the keys it had.
   */
  migrateApiKeys(now: string): void {
    let migrated = false;
    for (const user of this.state.users) {
      if (!user.apikey || this.tokens.has(tokenHash(user.apikey))) continue;
      const token: TokenRecord = {
        id: newObjectId(),
        user: user.id,
        hash: tokenHash(user.apikey),
        // "Never store more than 8 chars to avoid leaking the full key when it's short"
        prefix: user.apikey.length >= 8 ? user.apikey.slice(0, 8) : "",
        name: "Migrated API key",
        scopes: ["admin"],
        created_at: now,
        last_used_at: null,
        user_agents: [],
        revoked_at: null,
        expires_at: null,
      };
      this.state.tokens.push(token);
      this.tokens.set(token.hash, token);
      migrated = true;
    }
    if (migrated) this.changed();
  }

  organization(idOrSlug: string): OrganizationRecord | undefined {
    return this.organizations.get(idOrSlug);
  }

  dataset(idOrSlug: string): DatasetRecord | undefined {
    return this.datasets.get(idOrSlug);
  }

  dataservice(idOrSlug: string): DataserviceRecord | undefined {
    return this.dataservices.get(idOrSlug);
  }

  reuse(idOrSlug: string): ReuseRecord | undefined {
    return this.reuses.get(idOrSlug);
  }

  reuseByFormerSlug(slug: string): ReuseRecord | undefined {
    return this.formerReuseSlugs.get(slug);
  }

  organizationsOf(userId: string): ReadonlySet<string> {
    return this.memberships.get(userId) ?? new Set();
  }

  addUser(user: UserRecord): void {
    this.state.users.push(user);
    this.indexUser(user);
    this.changed();
  }

  setApiKey(user: UserRecord, apikey: string | null): void {
    if (user.apikey) this.keys.delete(user.apikey);
    user.apikey = apikey;
    if (apikey) this.keys.set(apikey, user);
    this.changed();
  }

  addToken(token: TokenRecord): void {
    this.state.tokens.push(token);
    this.tokens.set(token.hash, token);
    this.changed();
  }

  addMember(organization: OrganizationRecord, user: UserRecord, role: "admin" | "editor", since: string): void {
    organization.members.push({ user: user.id, role, since });
    this.indexOrganization(organization);
    this.changed();
  }

  addDataset(dataset: DatasetRecord): void {
    this.state.datasets.push(dataset);
    this.index(this.datasets, dataset, [dataset.slug]);
    this.changed();
  }

  addReuse(reuse: ReuseRecord): void {
    this.releaseFormerSlug(reuse.slug);
    this.state.reuses.push(reuse);
    this.indexReuse(reuse);
    this.changed();
  }

  /** A new slug for a renamed reuse (udata/mongo/slug_fields.py `populate_slug`): the old one redirects to it. */
  renameReuse(reuse: ReuseRecord, slug: string): void {
    this.releaseFormerSlug(slug);
    if (this.reuses.get(reuse.slug) === reuse) this.reuses.delete(reuse.slug);
    reuse.former_slugs.push(reuse.slug);
    this.formerReuseSlugs.set(reuse.slug, reuse);
    reuse.slug = slug;
    this.reuses.set(slug, reuse);
  }

  /** Whether `slug` is the current slug of a reuse other than `except` (former slugs may be taken again). */
  isReuseSlugTaken(slug: string, except?: ReuseRecord): boolean {
    const found = this.reuses.get(slug);
    return found !== undefined && found !== except;
  }

  /** As udata, a slug taken again stops redirecting to the reuse that had it before. */
  private releaseFormerSlug(slug: string): void {
    const previous = this.formerReuseSlugs.get(slug);
    if (!previous) return;
    previous.former_slugs = previous.former_slugs.filter((former) => former !== slug);
    this.formerReuseSlugs.delete(slug);
  }

  private index<T extends { id: string }>(map: Map<string, T>, record: T, slugs: readonly string[]): void {
    map.set(record.id, record);
    for (const slug of slugs) if (!map.has(slug)) map.set(slug, record);
  }

  private indexUser(user: UserRecord): void {
    this.index(this.users, user, [user.slug]);
    if (user.apikey) this.keys.set(user.apikey, user);
  }

  private indexOrganization(organization: OrganizationRecord): void {
    this.index(this.organizations, organization, [organization.slug]);
    for (const member of organization.members) {
      const organizations = this.memberships.get(member.user) ?? new Set<string>();
      organizations.add(organization.id);
      this.memberships.set(member.user, organizations);
    }
  }

  private indexReuse(reuse: ReuseRecord): void {
    this.index(this.reuses, reuse, [reuse.slug]);
    for (const former of reuse.former_slugs) this.formerReuseSlugs.set(former, reuse);
  }
}
