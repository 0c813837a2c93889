import { requireCaller } from "../auth";
import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { type Reply } from "../http";
import { type Json } from "../json";
import { datasetJson } from "../render/dataset";
import { renderCommunityResource, renderDiscussion } from "../render/discussion";
import { renderReuse } from "../render/reuse";
import { type Caller } from "../visibility";

/**
 * The caller's own objects and their organizations' ones, as plain lists (not pages) like udata,
 * private and deleted ones included; the `org_*` lists filter their titles with `q` (udata/core/user/api.py).
 */
function ownedBy(caller: Caller, record: { owner: string | null; organization: string | null }): boolean {
  return (
    record.owner === caller.user.id || (record.organization !== null && caller.organizations.has(record.organization))
  );
}

/** udata's `title__icontains`: a case-insensitive substring, accents included. */
function titleFilter(request: ApiRequest): (title: string) => boolean {
  const q = (request.url.searchParams.get("q") ?? "").toLowerCase();
  return (title) => !q || title.toLowerCase().includes(q);
}

function byDateDesc<T>(date: (item: T) => string) {
  return (a: T, b: T) => (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : 0);
}

type ListHandler = (ctx: Context, caller: Caller, request: ApiRequest) => Json[];

const LISTS: Record<string, ListHandler> = {
  // Reuse's default ordering (`-created_at`).
  reuses: (ctx, caller) =>
    ctx.store.state.reuses
      .filter((reuse) => reuse.owner === caller.user.id)
      .sort(byDateDesc((reuse) => reuse.created_at))
      .map((reuse) => renderReuse(ctx, reuse, caller)),
  datasets: (ctx, caller) =>
    ctx.store.state.datasets
      .filter((dataset) => dataset.owner === caller.user.id)
      .map((dataset) => datasetJson(ctx, dataset.id)),
  org_reuses: (ctx, caller, request) => {
    const matches = titleFilter(request);
    return ctx.store.state.reuses
      .filter((reuse) => ownedBy(caller, reuse) && matches(reuse.title))
      .sort(byDateDesc((reuse) => reuse.last_modified))
      .map((reuse) => renderReuse(ctx, reuse, caller));
  },
  org_datasets: (ctx, caller, request) => {
    const matches = titleFilter(request);
    return ctx.store.state.datasets
      .filter((dataset) => ownedBy(caller, dataset) && matches(dataset.title))
      .sort(byDateDesc((dataset) => String(dataset.fields.last_modified ?? "")))
      .map((dataset) => datasetJson(ctx, dataset.id));
  },
  org_discussions: (ctx, caller, request) => {
    const matches = titleFilter(request);
    const subjects = (subject: { class: string; id: string }) => {
      const owner = subject.class === "Reuse" ? ctx.store.reuse(subject.id) : ctx.store.dataset(subject.id);
      return owner !== undefined && ownedBy(caller, owner);
    };
    // udata's `discussions_for(user)`: open discussions only.
    return ctx.store.state.discussions
      .filter((discussion) => !discussion.closed && subjects(discussion.subject) && matches(discussion.title))
      .sort(byDateDesc((discussion) => discussion.created))
      .map((discussion) => renderDiscussion(ctx, discussion));
  },
  org_community_resources: (ctx, caller, request) => {
    const matches = titleFilter(request);
    return ctx.store.state.communityResources
      .filter((resource) => ownedBy(caller, resource) && matches(String(resource.fields.title ?? "")))
      .sort(byDateDesc((resource) => String(resource.fields.last_modified ?? "")))
      .map((resource) => renderCommunityResource(ctx, resource));
  },
};

export function meListRoutes(ctx: Context): RouteDefinition[] {
  return Object.entries(LISTS).map(([name, list]) => ({
    method: "GET" as const,
    path: `/api/1/me/${name}/`,
    handler: (request: ApiRequest): Reply => ({ status: 200, body: list(ctx, requireCaller(request.caller), request) }),
  }));
}
