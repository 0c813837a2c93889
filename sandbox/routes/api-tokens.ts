import { randomBytes } from "node:crypto";
import { requireCaller } from "../auth";
import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { udataTimestamp } from "../dates";
import { HttpError, badRequest, gone, notFound, readJsonObject } from "../http";
import { newObjectId } from "../ids";
import { type Json, type JsonObject } from "../json";
import { type TokenRecord } from "../model";
import { sortedKeys } from "../render/sorted";
import { tokenHash } from "../store";

/**
 * udata ≥ 16's API tokens (udata/core/user/api.py ApiTokenListAPI and ApiTokenAPI, udata/core/api_token/).
 * The plaintext is answered once, at creation; the list has the live tokens only, newest first.
 */
const PREFIX = "udata_"; // settings.py API_TOKEN_PREFIX
const PREFIX_DISPLAY_LENGTH = 8;
const TOKEN_BYTE_LENGTH = 48;
const NAME_MAX_LENGTH = 255;
const ISO_DATE_TIME = /^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d{1,6})?)?(Z|[+-]\d\d:?\d\d)?)?$/;

/** `ApiToken.__read_fields__`: every `field()` of the model, and its id. */
function renderToken(token: TokenRecord): JsonObject {
  return {
    created_at: token.created_at,
    expires_at: token.expires_at,
    id: token.id,
    kind: "api_key",
    last_used_at: token.last_used_at,
    name: token.name,
    revoked_at: token.revoked_at,
    scopes: token.scopes,
    token_prefix: token.prefix,
    user_agents: token.user_agents,
  };
}

/** mongoengine's ValidationError, as udata's handler answers it (udata/api/__init__.py handle_validation_error). */
function modelError(field: string, message: string): HttpError {
  return new HttpError(400, {
    errors: { [field]: message },
    message: `ValidationError (ApiToken:None) (${message}: ['${field}'])`,
  });
}

/** `parse_future_datetime` (udata/core/api_token/models.py): a naive date is UTC; the past is refused. */
function futureDate(value: Json): string {
  if (typeof value !== "string" || !ISO_DATE_TIME.test(value)) throw badRequest("Invalid expires_at format");
  const zoned = /T|\s/.test(value) && !/(Z|[+-]\d\d:?\d\d)$/.test(value) ? `${value}Z` : value;
  const date = new Date(zoned.replace(" ", "T"));
  if (Number.isNaN(date.getTime())) throw badRequest("Invalid expires_at format");
  if (date.getTime() < Date.now()) throw badRequest("expires_at must be in the future");
  return udataTimestamp(date);
}

function nameOf(value: Json | undefined): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value !== "string") throw modelError("name", "StringField only accepts string values");
  if (value.length > NAME_MAX_LENGTH) throw modelError("name", "String value is too long");
  return value;
}

function scopesOf(value: Json | undefined): string[] {
  if (!Array.isArray(value) || value.length === 0) return ["admin"]; // `scopes or ["admin"]`
  if (value.some((scope) => scope !== "admin")) throw modelError("scopes", "Value must be one of ['admin']");
  return ["admin"];
}

async function createToken(ctx: Context, request: ApiRequest) {
  const { user } = requireCaller(request.caller);
  const body = await readJsonObject(request.raw);
  const expires = body.expires_at ? futureDate(body.expires_at) : null;
  const name = nameOf(body.name);
  const scopes = scopesOf(body.scopes);
  const plaintext = `${PREFIX}${randomBytes(TOKEN_BYTE_LENGTH).toString("base64url")}`;
  const token: TokenRecord = {
    id: newObjectId(),
    user: user.id,
    hash: tokenHash(plaintext),
    prefix: plaintext.slice(0, PREFIX.length + PREFIX_DISPLAY_LENGTH),
    name,
    scopes,
    created_at: udataTimestamp(),
    last_used_at: null,
    user_agents: [],
    revoked_at: null,
    expires_at: expires,
  };
  ctx.store.addToken(token);
  return { status: 201, body: sortedKeys({ ...renderToken(token), token: plaintext }) };
}

function listTokens(ctx: Context, request: ApiRequest) {
  const { user } = requireCaller(request.caller);
  const live = ctx.store.state.tokens.filter((token) => token.user === user.id && !token.revoked_at);
  const newestFirst = live.sort((a, b) => b.created_at.localeCompare(a.created_at));
  return { status: 200, body: newestFirst.map(renderToken) };
}

/** Someone else's token is "not found"; a revoked one is gone (410), so a second revoke says so. */
function revokeToken(ctx: Context, request: ApiRequest) {
  const { user } = requireCaller(request.caller);
  const token = ctx.store.state.tokens.find((candidate) => candidate.id === request.params.id);
  if (!token) throw notFound();
  if (token.user !== user.id) throw notFound("Token not found");
  if (token.revoked_at) throw gone("Token already revoked");
  token.revoked_at = udataTimestamp();
  ctx.store.changed();
  return { status: 204 };
}

export function apiTokenRoutes(ctx: Context): RouteDefinition[] {
  return [
    { method: "GET", path: "/api/1/me/api_tokens/", handler: (request) => listTokens(ctx, request) },
    { method: "POST", path: "/api/1/me/api_tokens/", handler: (request) => createToken(ctx, request) },
    { method: "DELETE", path: "/api/1/me/api_tokens/:id/", handler: (request) => revokeToken(ctx, request) },
  ];
}
