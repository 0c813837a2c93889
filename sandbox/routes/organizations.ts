import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { countOf } from "../counts";
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
const SORT_KEYS = ["name", "created", "last_modified", "reuses", "datasets", "followers", "views"];

/** The sort values, with the counted metrics of the current state. */
function sortsOf(ctx: Context): Record<string, (organization: OrganizationRecord) => string | number> {
  const counts = ctx.counts();
  return {
    name: (organization) => organization.name,
    created: (organization) => organization.created_at,
    last_modified: (organization) => organization.last_modified,
    reuses: (organization) => countOf(counts.reusesOfOrganization, organization.id),
    datasets: (organization) => countOf(counts.datasetsOfOrganization, organization.id),
    followers: (organization) => organization.metrics.followers,
    views: (organization) => organization.metrics.views,
  };
}

function searchText(organization: OrganizationRecord): string {
  return normalize(`${organization.name} ${organization.acronym ?? ""}`);
}

function listOrganizations(ctx: Context, request: ApiRequest) {
  const { url } = request;
  const words = queryWords(url.searchParams.get("q") ?? "");
  const sort = choiceParam(
    url,
    "sort",
    SORT_KEYS.flatMap((key) => [key, `-${key}`]),
    "-created",
    "The field (and direction) on which sorting apply",
  );
  const found = ctx.store.state.organizations.filter(
    (organization) => !organization.deleted && (words.length === 0 || matchesWords(searchText(organization), words)),
  );
  return pageReply(url, sortedBy(found, sortsOf(ctx), sort), (organization) => renderOrganization(ctx, organization));
}

/** Names containing `q`, most followed first. */
function suggestOrganizations(ctx: Context, request: ApiRequest) {
  const needle = normalize(requiredParam(request.url, "q", "The string to autocomplete/suggest"));
  const size = intParam(request.url, "size", 10, "The amount of suggestion to fetch");
  const found = ctx.store.state.organizations.filter(
    (organization) => !organization.deleted && searchText(organization).includes(needle),
  );
  const body = sortedBy(found, sortsOf(ctx), "-followers")
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
