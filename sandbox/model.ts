import { type JsonObject } from "./json";

/**
 * What the sandbox stores. Records keep references as ids and images as sandbox paths; the renderers
 * (render/*) turn them into udata's JSON with absolute URLs.
 */
export type Badge = { kind: string };

export interface UserRecord {
  id: string;
  slug: string;
  first_name: string;
  last_name: string;
  about: string | null;
  website: string | null;
  email: string;
  /** Sandbox path of the avatar (an upload), or null. */
  avatar: string | null;
  roles: string[];
  since: string;
  last_login_at: string | null;
  /** The legacy API key (`X-API-KEY`), or null once cleared. */
  apikey: string | null;
  deleted: string | null;
}

interface MemberRecord {
  user: string;
  role: "admin" | "editor";
  since: string;
}

export interface OrganizationRecord {
  id: string;
  name: string;
  acronym: string | null;
  slug: string;
  description: string;
  url: string | null;
  /** Sandbox path of the logo (a generated placeholder), or null when the organization has none. */
  logo: string | null;
  badges: Badge[];
  business_number_id: string | null;
  created_at: string;
  last_modified: string;
  deleted: string | null;
  extras: JsonObject;
  /** The stored metrics; datasets, reuses and members are counted from the state (counts.ts). */
  metrics: { followers: number; views: number };
  members: MemberRecord[];
}

export interface DatasetRecord {
  id: string;
  slug: string;
  title: string;
  organization: string | null;
  owner: string | null;
  private: boolean;
  deleted: string | null;
  /** The other fields of udata's dataset, served as they are (no sandbox URL inside). */
  fields: JsonObject;
  /** udata's resources, without `latest` (built from the resource id). */
  resources: JsonObject[];
}

/** udata/core/dataservices/models.py `Dataservice` (an API), the fields the sandbox serves. */
export interface DataserviceRecord {
  id: string;
  slug: string;
  title: string;
  acronym: string | null;
  description: string;
  organization: string | null;
  owner: string | null;
  private: boolean;
  deleted_at: string | null;
  archived_at: string | null;
  created_at: string;
  metadata_modified_at: string;
  base_api_url: string | null;
  machine_documentation_url: string | null;
  technical_documentation_url: string | null;
  format: string | null;
  availability: number | null;
  tags: string[];
  datasets: string[];
  metrics: { followers: number; views: number };
}

export interface ReuseRecord {
  id: string;
  slug: string;
  /** Slugs the reuse had before a title change: they still resolve, as in udata. */
  former_slugs: string[];
  title: string;
  description: string;
  type: string;
  topic: string;
  url: string;
  tags: string[];
  datasets: string[];
  /** udata's `Reuse.dataservices`: the APIs it uses (a dataset or an API each, or both). */
  dataservices: string[];
  organization: string | null;
  owner: string | null;
  /** Sandbox path of the image (placeholder or upload), or null. */
  image: string | null;
  private: boolean;
  deleted: string | null;
  archived: string | null;
  featured: boolean | null;
  badges: Badge[];
  created_at: string;
  last_modified: string;
  extras: JsonObject;
  metrics: { discussions: number; followers: number; views: number };
}

export interface FollowRecord {
  id: string;
  follower: string;
  reuse: string;
  since: string;
}

export interface TokenRecord {
  id: string;
  user: string;
  /** sha256 of the plaintext token: the plaintext is shown once and never stored. */
  hash: string;
  /** udata's `token_prefix`: `udata_` and 8 characters, or a migrated key's first 8 characters. */
  prefix: string;
  name: string | null;
  scopes: string[];
  created_at: string;
  last_used_at: string | null;
  /** The User-Agents that used it (20 at most, as udata keeps). */
  user_agents: string[];
  revoked_at: string | null;
  expires_at: string | null;
}

/** udata/api/oauth2.py `OAuth2Client`: its id is the `client_id`; no secret makes a public client. */
export interface OAuthClientRecord {
  id: string;
  secret: string | null;
  name: string;
  redirect_uris: string[];
  scope: string;
  /** The user `client_credentials` tokens act for, or null. */
  owner: string | null;
  created_at: string;
}

/** udata/api/oauth2.py `OAuth2Code`: deleted once exchanged. */
export interface OAuthCodeRecord {
  code: string;
  client: string;
  user: string;
  /** The `redirect_uri` the authorization request named, or null when it took the client's default. */
  redirect_uri: string | null;
  scope: string;
  code_challenge: string | null;
  code_challenge_method: string | null;
  expires: string;
}

/** udata/api/oauth2.py `OAuth2Token`: a refresh updates the same record with new strings. */
export interface OAuthTokenRecord {
  id: string;
  client: string;
  user: string | null;
  access_token: string;
  refresh_token: string | null;
  created_at: string;
  expires_in: number;
  scope: string;
  revoked: boolean;
}

export interface DiscussionRecord {
  id: string;
  subject: { class: string; id: string };
  title: string;
  user: string | null;
  created: string;
  closed: string | null;
  closed_by: string | null;
  messages: { content: string; posted_by: string | null; posted_on: string }[];
  extras: JsonObject;
}

/** udata's Report (`udata/core/reports/models.py`): what someone flagged, why, and who (null: anonymous). */
export interface ReportRecord {
  id: string;
  by: string | null;
  subject: { class: string; id: string };
  subject_label: string | null;
  reason: string;
  message: string | null;
  reported_at: string;
}

export interface CommunityResourceRecord {
  id: string;
  dataset: string;
  organization: string | null;
  owner: string | null;
  /** The other fields of udata's community resource, without `latest`. */
  fields: JsonObject;
}

/** A reference to a user or an organization, as udata's `GenericReferenceField` keeps it. */
export interface PersonRef {
  class: "User" | "Organization";
  id: string;
}

/** udata/features/transfer/models.py `Transfer` (of a reuse: the sandbox has no other transferable subject). */
export interface TransferRecord {
  id: string;
  /** Who asked for it. */
  user: string | null;
  /** Who owned the subject when it was asked. */
  owner: PersonRef;
  recipient: PersonRef;
  subject: { class: "Reuse"; id: string };
  comment: string | null;
  status: "pending" | "accepted" | "refused";
  created: string;
  responded: string | null;
  responder: string | null;
  response_comment: string | null;
}

/** udata/core/organization/models.py `MembershipRequest` of kind "invitation" (an organization invites a user). */
export interface InvitationRecord {
  /** A UUID (`AutoUUIDField`). */
  id: string;
  organization: string;
  user: string;
  role: "admin" | "editor";
  comment: string | null;
  created: string;
  status: "pending" | "accepted" | "refused";
  handled_by: string | null;
  handled_on: string | null;
}

export interface State {
  seedVersion: number;
  users: UserRecord[];
  organizations: OrganizationRecord[];
  datasets: DatasetRecord[];
  dataservices: DataserviceRecord[];
  reuses: ReuseRecord[];
  follows: FollowRecord[];
  tokens: TokenRecord[];
  /** udata's `Reuse.__badges__` (kind → label), empty in udata 17; tests add kinds (`POST /_sandbox/badges`). */
  reuseBadgeKinds: Record<string, string>;
  discussions: DiscussionRecord[];
  communityResources: CommunityResourceRecord[];
  oauthClients: OAuthClientRecord[];
  oauthCodes: OAuthCodeRecord[];
  oauthTokens: OAuthTokenRecord[];
  reports: ReportRecord[];
  transfers: TransferRecord[];
  invitations: InvitationRecord[];
}
