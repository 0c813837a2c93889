import "server-only";

import { z } from "zod";

import { upstream } from "../client";
import { apiPath, objectId, slugOrId } from "../paths";
import { idLabelSchema, pageParamsSchema, suggestParamsSchema, type IdLabel } from "../schemas/common";
import type { Locale } from "~/lib/i18n/locales";
import { objectIdSchema } from "~/lib/udata/vocabulary";
import type { PageParams, SuggestParams } from "../schemas/common";
import { reuseSchema, reuseSuggestionSchema } from "../schemas/reuse";
import { reuseSearchItemSchema, reuseSearchParamsSchema, type ReuseSearchParams } from "../schemas/reuse-search";
import { followerSchema } from "../schemas/user";
import { readList, readOne, readPage, validInput, type ItemSchema, type ReadOptions } from "./shared";

/**
 * `GET /api/2/reuses/search/`: the catalogue as data.gouv.fr shows it — visible reuses only, by relevance
 * when there is a query and no sort. Items have links, not lists, for `datasets` and `dataservices`.
 */
export async function searchReuses<T extends ItemSchema = typeof reuseSearchItemSchema>(
  params: ReuseSearchParams = {},
  options: ReadOptions<T> = {},
) {
  const query = validInput(reuseSearchParamsSchema, params);
  return readPage(apiPath`/reuses/search/`, reuseSearchItemSchema, options, query, 2);
}

/**
 * `GET /reuses/{id|slug}/`: 404 unknown or private, 410 deleted (the owner, with their key, gets it). A former
 * slug is followed to the current one, or with `reportMoved` throws a `moved` UpstreamError naming it (`movedTo`).
 */
export async function getReuse<T extends ItemSchema = typeof reuseSchema>(reuse: string, options: ReadOptions<T> = {}) {
  return readOne(apiPath`/reuses/${slugOrId(reuse)}/`, reuseSchema, options);
}

/**
 * The filters of `GET /reuses/` (v1) an admin's search uses, among those udata declares on the model
 * (`filterable=`, udata/core/reuse/models.py): title text `q`, `owner`, `organization`, `private`. udata has none
 * for deleted or archived reuses.
 */
const reuseListParamsSchema = pageParamsSchema.extend({
  q: z.string().trim().min(1).max(200).optional(),
  owner: objectIdSchema.optional(),
  organization: objectIdSchema.optional(),
  private: z.boolean().optional(),
  sort: z.enum(["-created", "-last_modified", "title"]).optional(),
});
type ReuseListParams = z.input<typeof reuseListParamsSchema>;

/**
 * `GET /reuses/` (v1): anonymous, the reuses neither private nor deleted (dataset-less ones too); with a key, the
 * caller's own hidden ones as well, and every reuse for a site admin (udata/core/owned.py `visible_by_user`).
 */
export async function listReuses<T extends ItemSchema = typeof reuseSchema>(
  params: ReuseListParams = {},
  options: ReadOptions<T> = {},
) {
  return readPage(apiPath`/reuses/`, reuseSchema, options, validInput(reuseListParamsSchema, params));
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

/**
 * Labels come in the language `?lang=` names (udata/api/__init__.py `set_api_language`; Accept-Language is not
 * read, and without `lang` udata answers English): the page's language.
 */
const labelQuery = (locale: Locale) => ({ lang: locale });

/** `GET /reuses/types/?lang=`: `[{id, label}]`, labels in `locale`. */
export async function listReuseTypes(locale: Locale): Promise<IdLabel[]> {
  const query = labelQuery(locale);
  return upstream({ method: "GET", path: apiPath`/reuses/types/`, query, schema: z.array(idLabelSchema) });
}

/**
 * `GET /reuses/badges/?lang=`: the badge kinds site admins may add, `{kind: label}` (none in udata 17:
 * `BADGES = {}`), as `[{id, label}]`, labels in `locale`.
 */
export async function listReuseBadgeKinds(locale: Locale): Promise<IdLabel[]> {
  const schema = z.record(z.string(), z.string());
  const kinds = await upstream({ method: "GET", path: apiPath`/reuses/badges/`, query: labelQuery(locale), schema });
  return Object.entries(kinds).map(([id, label]) => ({ id, label }));
}

/** `GET /reuses/topics/?lang=`: `[{id, label}]`, labels in `locale`. */
export async function listReuseTopics(locale: Locale): Promise<IdLabel[]> {
  const query = labelQuery(locale);
  return upstream({ method: "GET", path: apiPath`/reuses/topics/`, query, schema: z.array(idLabelSchema) });
}
