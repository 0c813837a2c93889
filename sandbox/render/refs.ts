import { type JsonObject } from "../json";
import { type OrganizationRecord, type UserRecord } from "../model";
import { absolute, apiUrl, pageUrl, thumbnail } from "../urls";
import { type Caller, roleIn } from "../visibility";

/** The references udata embeds for users and organizations. */
export function userRef(base: string, user: UserRecord | undefined): JsonObject | null {
  if (!user) return null;
  return {
    avatar: absolute(base, user.avatar),
    avatar_thumbnail: thumbnail(base, user.avatar, 500),
    class: "User",
    first_name: user.first_name,
    id: user.id,
    last_name: user.last_name,
    page: pageUrl(base, "users", user.slug),
    slug: user.slug,
    uri: apiUrl(base, "users", user.slug),
  };
}

export function organizationRef(base: string, organization: OrganizationRecord | undefined): JsonObject | null {
  if (!organization) return null;
  return {
    acronym: organization.acronym,
    badges: organization.badges,
    class: "Organization",
    id: organization.id,
    logo: absolute(base, organization.logo),
    logo_thumbnail: thumbnail(base, organization.logo, 100),
    name: organization.name,
    page: pageUrl(base, "organizations", organization.slug),
    slug: organization.slug,
    uri: apiUrl(base, "organizations", organization.slug),
  };
}

/** Today's reuse answers add the caller's permissions on the organization to its reference. */
export function organizationRefWithPermissions(
  base: string,
  organization: OrganizationRecord | undefined,
  caller: Caller | null,
): JsonObject | null {
  const ref = organizationRef(base, organization);
  if (!ref || !organization) return ref;
  const role = roleIn(organization, caller);
  const isAdmin = caller?.isAdmin === true || role === "admin";
  const isMember = isAdmin || role === "editor";
  return {
    ...ref,
    permissions: { delete: isAdmin, edit: isAdmin, harvest: isMember, members: isAdmin, private: isMember },
  };
}
