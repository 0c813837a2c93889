import { z } from "zod";
import { requireCaller } from "../auth";
import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { udataTimestamp } from "../dates";
import { readJsonObject, validationError } from "../http";
import { newObjectId } from "../ids";
import { type DatasetRecord } from "../model";
import { datasetJson } from "../render/dataset";
import { uniqueSlug } from "../slug";

/**
 * `POST /datasets/` (udata's DatasetForm, reduced to what tests need): `title` and `description` required,
 * `organization` (one of the caller's) or else the caller owns it, `private`. No resources.
 */
const inputSchema = z.object({
  title: z.string().trim().min(1, "This field is required."),
  description: z.string().trim().min(1, "This field is required."),
  organization: z.string().nullable().optional(),
  private: z.boolean().optional(),
});

async function createDataset(ctx: Context, request: ApiRequest) {
  const caller = requireCaller(request.caller);
  const parsed = inputSchema.safeParse(await readJsonObject(request.raw));
  if (!parsed.success) {
    const errors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (errors[issue.path.join(".")] ??= []).push(issue.message);
    throw validationError(errors);
  }
  const input = parsed.data;
  const organization = input.organization ?? null;
  if (organization !== null && !caller.organizations.has(organization))
    throw validationError({ organization: ["Permission denied for this organization"] });
  const now = udataTimestamp();
  const dataset: DatasetRecord = {
    id: newObjectId(),
    slug: uniqueSlug(input.title, (slug) => ctx.store.dataset(slug) !== undefined),
    title: input.title,
    organization,
    owner: organization ? null : caller.user.id,
    private: input.private ?? false,
    deleted: null,
    fields: {
      acronym: null,
      archived: null,
      badges: [],
      contact_points: [],
      created_at: now,
      description: input.description,
      description_short: null,
      extras: {},
      featured: false,
      frequency: "unknown",
      frequency_date: null,
      harvest: null,
      internal: { created_at_internal: now, last_modified_internal: now },
      last_modified: now,
      last_update: now,
      license: "notspecified",
      metrics: { discussions: 0, followers: 0, resources_downloads: 0, reuses: 0, views: 0 },
      quality: {},
      schema: null,
      spatial: null,
      tags: [],
      temporal_coverage: null,
    },
    resources: [],
  };
  ctx.store.addDataset(dataset);
  return { status: 201, body: datasetJson(ctx, dataset.id) };
}

export function datasetWriteRoutes(ctx: Context): RouteDefinition[] {
  return [{ method: "POST", path: "/api/1/datasets/", handler: (request) => createDataset(ctx, request) }];
}
