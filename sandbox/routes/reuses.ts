import { REUSE_TOPIC_IDS, REUSE_TOPICS, REUSE_TYPE_IDS, REUSE_TYPES } from "../constants";
import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { booleanParam, choiceParam, filterChoiceParam, filterIdParam, intParam, requiredParam } from "../params";
import { pageReply } from "../render/page";
import { renderReuse, reuseSuggestion } from "../render/reuse";
import { type ReuseQuery, SORT_CHOICES } from "../reuse-index";
import { type JsonObject } from "../json";
import { labelList } from "../labels";
import { normalize } from "../search";
import { readableReuse } from "./lookup";

/**
 * Reading reuses: the listing, one reuse, suggestions, types and topics. The listing's parameters are those
 * udata generates from the model (udata/api_fields.py `generate_fields`, udata/core/reuse/models.py).
 */
function readQuery(url: URL): ReuseQuery {
  const params = url.searchParams;
  return {
    q: params.get("q") || null,
    type: filterChoiceParam(url, "type", REUSE_TYPE_IDS),
    topic: filterChoiceParam(url, "topic", REUSE_TOPIC_IDS),
    tags: params.getAll("tag"),
    dataset: filterIdParam(url, "dataset"),
    organization: filterIdParam(url, "organization"),
    owner: filterIdParam(url, "owner"),
    featured: booleanParam(url, "featured"),
    private: booleanParam(url, "private"),
    sort: choiceParam(url, "sort", SORT_CHOICES, "-created", "The field (and direction) on which sorting apply"),
  };
}

function listReuses(ctx: Context, request: ApiRequest) {
  const found = ctx.reuses.find(readQuery(request.url), request.caller);
  return pageReply(request.url, found, (reuse) => renderReuse(ctx, reuse, request.caller));
}

/** Like udata: titles containing `q`, neither private, deleted nor archived, most followed first. */
function suggestReuses(ctx: Context, request: ApiRequest) {
  const needle = normalize(requiredParam(request.url, "q", "The string to autocomplete/suggest"));
  const size = intParam(request.url, "size", 10, "The amount of suggestion to fetch");
  const byFollowers = ctx.reuses.sortedBy("followers");
  const found: JsonObject[] = [];
  for (let i = byFollowers.length - 1; i >= 0 && found.length < size; i -= 1) {
    const reuse = byFollowers[i];
    if (!reuse || reuse.private || reuse.deleted || reuse.archived) continue;
    if (normalize(reuse.title).includes(needle)) found.push(reuseSuggestion(ctx, reuse));
  }
  return { status: 200, body: found };
}

export function reuseReadRoutes(ctx: Context): RouteDefinition[] {
  return [
    { method: "GET", path: "/api/1/reuses/", handler: (request) => listReuses(ctx, request) },
    { method: "GET", path: "/api/1/reuses/suggest/", handler: (request) => suggestReuses(ctx, request) },
    {
      method: "GET",
      path: "/api/1/reuses/types/",
      handler: (request) => ({ status: 200, body: labelList(REUSE_TYPES, request) }),
    },
    {
      method: "GET",
      path: "/api/1/reuses/topics/",
      handler: (request) => ({ status: 200, body: labelList(REUSE_TOPICS, request) }),
    },
    {
      method: "GET",
      path: "/api/1/reuses/:reuse/",
      handler: (request) => ({
        status: 200,
        body: renderReuse(ctx, readableReuse(ctx, request), request.caller),
      }),
    },
  ];
}
