import "server-only";

import { z } from "zod";

import { upstream } from "../client";
import { apiPath, objectId, slugOrId } from "../paths";
import { idLabelSchema, pageParamsSchema, suggestParamsSchema, type IdLabel } from "../schemas/common";
import type { PageParams, SuggestParams } from "../schemas/common";
import { reuseSchema, reuseSuggestionSchema } from "../schemas/reuse";
import { reuseListParamsSchema, type ReuseListParams } from "../schemas/reuse-input";
import { followerSchema } from "../schemas/user";
import { readList, readOne, readPage, validInput, type ItemSchema, type ReadOptions } from "./shared";

/**
 * `GET /reuses/`: a page of reuses. Public listings must call without a key (with one, udata adds the
 * caller's private and deleted reuses).
 */
export async function listReuses<T extends ItemSchema = typeof reuseSchema>(
  params: ReuseListParams = {},
  options: ReadOptions<T> = {},
) {
  const query = validInput(reuseListParamsSchema, params);
  return readPage(apiPath`/reuses/`, reuseSchema, options, query);
}

/**
 * `GET /reuses/{id|slug}/`: 404 unknown or private, 410 deleted (the owner, with their key, gets it). A former
 * slug is followed to the current one, or with `reportMoved` throws a `moved` UpstreamError naming it (`movedTo`).
 */
export async function getReuse<T extends ItemSchema = typeof reuseSchema>(reuse: string, options: ReadOptions<T> = {}) {
  return readOne(apiPath`/reuses/${slugOrId(reuse)}/`, reuseSchema, options);
}

/** `GET /reuses/suggest/?q=&size=`: quick title matches, most followed first. */
export async function suggestReuses<T extends ItemSchema = typeof reuseSuggestionSchema>(
  params: SuggestParams,
  options: ReadOptions<T> = {},
) {
  const query = validInput(suggestParamsSchema, params);
  return readList(apiPath`/reuses/suggest/`, reuseSuggestionSchema, options, query);
}

/** `GET /reuses/{id}/followers/` (by id only: udata looks followers up by ObjectId). */
export async function listReuseFollowers<T extends ItemSchema = typeof followerSchema>(
  reuseId: string,
  params: PageParams = {},
  options: ReadOptions<T> = {},
) {
  const path = apiPath`/reuses/${objectId(reuseId)}/followers/`;
  return readPage(path, followerSchema, options, validInput(pageParamsSchema, params));
}

/** udata answers labels in English unless `?lang=` names another language (Accept-Language is not read). */
const FRENCH = { lang: "fr" } as const;

/** `GET /reuses/types/?lang=fr`: `[{id, label}]`, labels in French. */
export async function listReuseTypes(): Promise<IdLabel[]> {
  return upstream({ method: "GET", path: apiPath`/reuses/types/`, query: FRENCH, schema: z.array(idLabelSchema) });
}

/** `GET /reuses/topics/?lang=fr`: `[{id, label}]`, labels in French. */
export async function listReuseTopics(): Promise<IdLabel[]> {
  return upstream({ method: "GET", path: apiPath`/reuses/topics/`, query: FRENCH, schema: z.array(idLabelSchema) });
}
