import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { type OrganizationRecord } from "../model";
import { choiceParam, intParam, requiredParam } from "../params";
import { renderOrganization, organizationSuggestion } from "../render/organization";
import { pageReply } from "../render/page";
import { renderUser } from "../render/user";
import { gone, notFound } from "../http";
import { matchesWords, normalize, queryWords } from "../search";
import { sortedBy } from "../sorting";
import { findOrganization } from "./lookup";

/** Organizations (listing with `q` and `sort`, one organization, suggestions) and public user profiles. */
const SORTS = {
  name: (organization: OrganizationRecord) => organization.name,
  created: (organization: OrganizationRecord) => organization.created_at,
  last_modified: (organization: OrganizationRecord) => organization.last_modified,
  reuses: (organization: OrganizationRecord) => organization.metrics.reuses,
  datasets: (organization: OrganizationRecord) => organization.metrics.datasets,
  followers: (organization: OrganizationRecord) => organization.metrics.followers,
  views: (organization: OrganizationRecord) => organization.metrics.views,
};

function searchText(organization: OrganizationRecord): string {
  return normalize(`${organization.name} ${organization.acronym ?? ""}`);
}

function listOrganizations(ctx: Context, request: ApiRequest) {
  const { url } = request;
  const words = queryWords(url.searchParams.get("q") ?? "");
  const sort = choiceParam(
    url,
    "sort",
    Object.keys(SORTS).flatMap((key) => [key, `-${key}`]),
    "-created",
    "The field (and direction) on which sorting apply",
  );
  const found = ctx.store.state.organizations.filter(
    (organization) => !organization.deleted && (words.length === 0 || matchesWords(searchText(organization), words)),
  );
  return pageReply(url, sortedBy(found, SORTS, sort), (organization) => renderOrganization(ctx, organization));
}

/** Names containing `q`, most followed first. */
function suggestOrganizations(ctx: Context, request: ApiRequest) {
  const needle = normalize(requiredParam(request.url, "q", "The string to autocomplete/suggest"));
  const size = intParam(request.url, "size", 10, "The amount of suggestion to fetch");
  const found = ctx.store.state.organizations.filter(
    (organization) => !organization.deleted && searchText(organization).includes(needle),
  );
  const body = sortedBy(found, SORTS, "-followers")
    .slice(0, Math.max(0, size))
    .map((organization) => organizationSuggestion(ctx, organization));
  return { status: 200, body };
}

function getUser(ctx: Context, request: ApiRequest) {
  const user = ctx.store.user(request.params.user ?? "");
  if (!user) throw notFound();
  if (user.deleted) throw gone("User has been deleted");
  return { status: 200, body: renderUser(ctx, user, request.caller) };
}

export function organizationRoutes(ctx: Context): RouteDefinition[] {
  return [
    { method: "GET", path: "/api/1/organizations/", handler: (request) => listOrganizations(ctx, request) },
    { method: "GET", path: "/api/1/organizations/suggest/", handler: (request) => suggestOrganizations(ctx, request) },
    {
      method: "GET",
      path: "/api/1/organizations/:organization/",
      handler: ({ params }) => ({
        status: 200,
        body: renderOrganization(ctx, findOrganization(ctx, params.organization)),
      }),
    },
    { method: "GET", path: "/api/1/users/:user/", handler: (request) => getUser(ctx, request) },
  ];
}
