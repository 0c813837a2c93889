import { type Context, type RouteDefinition } from "../context";
import { notFound } from "../http";
import { type Json } from "../json";

/**
 * A resource's `latest` URL (udata's `ResourceRedirectAPI`, `udata/core/dataset/api.py`): a redirect to the
 * file's current `url`, found among the datasets' resources (an id two datasets share finds nothing, as
 * `get_dataset_by_resource_id` decides), then among the community resources.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function resourceFileUrl(ctx: Context, id: string): Json | undefined {
  const holders = ctx.store.state.datasets.filter((dataset) =>
    dataset.resources.some((resource) => resource.id === id),
  );
  if (holders.length > 1) return undefined;
  const resource = holders[0]?.resources.find((candidate) => candidate.id === id);
  if (resource) return resource.url;
  if (holders.length === 0)
    return ctx.store.state.communityResources.find((candidate) => candidate.id === id)?.fields.url;
  return undefined;
}

export function resourceRedirectRoutes(ctx: Context): RouteDefinition[] {
  return [
    {
      method: "GET",
      path: "/api/1/datasets/r/:id",
      handler: ({ params }) => {
        const id = params.id ?? "";
        // Flask's `uuid` converter: anything else is no route at all.
        if (!UUID.test(id)) throw notFound();
        const url = resourceFileUrl(ctx, id);
        if (typeof url !== "string") throw notFound("Resource not found");
        return { status: 302, headers: { Location: url.trim() } };
      },
    },
  ];
}
