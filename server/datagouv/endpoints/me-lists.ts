import "server-only";

import { apiPath, type ApiPath } from "../paths";
import { filterParamsSchema, type FilterParams } from "../schemas/common";
import { communityResourceSchema } from "../schemas/community-resource";
import { datasetSchema } from "../schemas/dataset";
import { discussionSchema } from "../schemas/discussion";
import { reuseSchema } from "../schemas/reuse";
import { readList, validInput, type ItemSchema, type ReadOptions } from "./shared";
import type { UpstreamCredential } from "../credential";

// The `/me/…` lists answer plain JSON lists (no pages), private and deleted objects included.

type MeListOptions<T extends ItemSchema> = Omit<ReadOptions<T>, "apiKey"> & FilterParams;

function readMine<T extends ItemSchema>(
  path: ApiPath,
  full: ItemSchema,
  credential: UpstreamCredential,
  options: MeListOptions<T>,
) {
  const { select, ...filter } = options;
  return readList(path, full, { credential, select }, validInput(filterParamsSchema, filter));
}

/** `GET /me/reuses/`: the caller's own reuses. */
export async function listMyReuses<T extends ItemSchema = typeof reuseSchema>(
  credential: UpstreamCredential,
  options: Omit<MeListOptions<T>, "q"> = {},
) {
  return readMine(apiPath`/me/reuses/`, reuseSchema, credential, options);
}

/** `GET /me/datasets/`: the caller's own datasets. */
export async function listMyDatasets<T extends ItemSchema = typeof datasetSchema>(
  credential: UpstreamCredential,
  options: Omit<MeListOptions<T>, "q"> = {},
) {
  return readMine(apiPath`/me/datasets/`, datasetSchema, credential, options);
}

/** `GET /me/org_reuses/?q=`: reuses of the caller and of their organizations. */
export async function listMyOrgReuses<T extends ItemSchema = typeof reuseSchema>(
  credential: UpstreamCredential,
  options: MeListOptions<T> = {},
) {
  return readMine(apiPath`/me/org_reuses/`, reuseSchema, credential, options);
}

/** `GET /me/org_datasets/?q=`: datasets of the caller and of their organizations. */
export async function listMyOrgDatasets<T extends ItemSchema = typeof datasetSchema>(
  credential: UpstreamCredential,
  options: MeListOptions<T> = {},
) {
  return readMine(apiPath`/me/org_datasets/`, datasetSchema, credential, options);
}

/** `GET /me/org_discussions/?q=`: discussions about the objects of the caller's organizations. */
export async function listMyOrgDiscussions<T extends ItemSchema = typeof discussionSchema>(
  credential: UpstreamCredential,
  options: MeListOptions<T> = {},
) {
  return readMine(apiPath`/me/org_discussions/`, discussionSchema, credential, options);
}

/** `GET /me/org_community_resources/?q=`. */
export async function listMyOrgCommunityResources<T extends ItemSchema = typeof communityResourceSchema>(
  credential: UpstreamCredential,
  options: MeListOptions<T> = {},
) {
  return readMine(apiPath`/me/org_community_resources/`, communityResourceSchema, credential, options);
}
