// A client for the sandbox's control routes (outside /api; see "The sandbox" in DESIGN.md).

/** Tag of the tests that change state every test sees; they run alone (see playwright.config.ts). */
export const ISOLATED_TAG = "@isolated";

export type NewSandboxUser = {
  first_name: string;
  last_name: string;
  /** ids of organizations the user becomes a member of */
  organizations?: string[];
  roles?: "admin"[];
};

export type SandboxUser = { id: string; slug: string; apikey: string };

/** One `/api` request the sandbox received. */
export type SandboxRequest = {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  withKey: boolean;
  status: number;
  ms: number;
  at: string;
};

/** Faults applied to matching `/api` requests until cleared. */
export type SandboxFaults = {
  latencyMs?: number;
  status?: number;
  /** fraction (0–1) of the matching requests that fail with `status` */
  rate?: number;
  hang?: boolean;
  malformed?: boolean;
  pathPrefix?: string;
};

/** An OAuth2 token the sandbox issued (udata's OAuth2Token), as its control route lists them for tests. */
export type SandboxOAuthToken = {
  client_id: string;
  user: string;
  access_token: string;
  refresh_token: string;
  revoked: boolean;
};

export class SandboxClient {
  private faultsSet = false;
  private udataChanged = false;
  private badgeKindsAdded = false;

  /** `isolated`: whether the test runs alone (tagged ISOLATED_TAG), which the shared-state methods require. */
  constructor(
    readonly url: string,
    private readonly isolated: boolean,
  ) {}

  /** A new account with a fresh API key; safe in parallel tests. */
  async createUser(user: NewSandboxUser): Promise<SandboxUser> {
    return (await this.call("POST", "/_sandbox/users", user)) as SandboxUser;
  }

  /**
   * Every `/api` request since the last clearRequests(). Parallel tests see each other's requests: filter on
   * paths only your test uses, or tag the test ISOLATED_TAG and clearRequests() first.
   */
  async requests(): Promise<SandboxRequest[]> {
    return (await this.call("GET", "/_sandbox/requests")) as SandboxRequest[];
  }

  /** A new OAuth2 client (`POST /_sandbox/oauth-clients`, a contract); safe in parallel tests. */
  async registerOAuthClient(
    name: string,
    redirectUris: string[],
  ): Promise<{ client_id: string; client_secret: string }> {
    return (await this.call("POST", "/_sandbox/oauth-clients", { name, redirect_uris: redirectUris })) as {
      client_id: string;
      client_secret: string;
    };
  }

  /** Every OAuth2 token issued to this user, revoked ones included (to scan for leaks and check revocation). */
  async oauthTokensOf(userId: string): Promise<SandboxOAuthToken[]> {
    const tokens = (await this.call("GET", "/_sandbox/oauth-tokens")) as SandboxOAuthToken[];
    return tokens.filter((token) => token.user === userId);
  }

  async clearRequests(): Promise<void> {
    this.requireIsolation("clearRequests");
    await this.call("DELETE", "/_sandbox/requests");
  }

  /** Cleared automatically at the end of the test. */
  async setFaults(faults: SandboxFaults): Promise<void> {
    this.requireIsolation("setFaults");
    this.faultsSet = true;
    await this.call("POST", "/_sandbox/faults", faults);
  }

  async clearFaults(): Promise<void> {
    this.requireIsolation("clearFaults");
    this.faultsSet = false;
    await this.call("DELETE", "/_sandbox/faults");
  }

  /** Reseeds the sandbox: every account, reuse and key made since start-up is gone. */
  async reset(): Promise<void> {
    this.requireIsolation("reset");
    await this.call("POST", "/_sandbox/reset");
  }

  /** The sandbox imitates this udata version (15: one key per user, no tokens) until the end of the test. */
  async imitateUdata(version: 15 | 17): Promise<void> {
    this.requireIsolation("imitateUdata");
    this.udataChanged = true;
    await this.call("POST", "/_sandbox/udata", { version });
  }

  /** A reuse badge kind `GET /reuses/badges/` lists (udata 17 lists none), until the end of the test. */
  async addBadgeKind(kind: string, label: string): Promise<void> {
    this.requireIsolation("addBadgeKind");
    this.badgeKindsAdded = true;
    await this.call("POST", "/_sandbox/badges", { kind, label });
  }

  /** No badge kind listed any more (as udata 17); the badges reuses carry stay. */
  async clearBadgeKinds(): Promise<void> {
    this.requireIsolation("clearBadgeKinds");
    await this.call("DELETE", "/_sandbox/badges");
  }

  /** Called by the fixture after each test: no fault, udata version or badge kind outlives the test that set it. */
  async cleanUp(): Promise<void> {
    if (this.faultsSet) await this.clearFaults();
    if (this.udataChanged) await this.call("POST", "/_sandbox/udata", { version: 17 });
    if (this.badgeKindsAdded) await this.call("DELETE", "/_sandbox/badges");
    this.udataChanged = this.badgeKindsAdded = false;
  }

  private requireIsolation(method: string): void {
    if (this.isolated) return;
    throw new Error(
      `sandbox.${method}() changes state that tests running in parallel share: ` +
        `tag the test { tag: "${ISOLATED_TAG}" } so that it runs alone`,
    );
  }

  private async call(method: string, route: string, body?: unknown): Promise<unknown> {
    const response = await fetch(new URL(route, this.url), {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`sandbox ${method} ${route}: HTTP ${response.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : undefined;
  }
}
