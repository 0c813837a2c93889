import { randomBytes } from "node:crypto";
import { requireCaller } from "../auth";
import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { udataTimestamp } from "../dates";
import { notFound, readJsonObject, validationError } from "../http";
import { newObjectId, newSecret } from "../ids";
import { type JsonObject } from "../json";
import { type TokenRecord } from "../model";
import { tokenHash } from "../store";

/**
 * The legacy API key (`/me/apikey`) and udata 16's API tokens (`/me/api_tokens/`). A new key or a
 * revoked token stops the old one at once; a token's plaintext is answered once, at creation.
 */
function renderToken(token: TokenRecord): JsonObject {
  return {
    created_at: token.created_at,
    expires_at: token.expires_at,
    id: token.id,
    kind: "api_key",
    last_used_at: token.last_used_at,
    name: token.name,
    revoked_at: token.revoked_at,
    scope: "normal",
    token_prefix: token.prefix,
    user_agents: [],
  };
}

function regenerateKey(ctx: Context, request: ApiRequest) {
  const { user } = requireCaller(request.caller);
  ctx.store.setApiKey(user, newSecret());
  return { status: 201, body: { apikey: user.apikey } };
}

function clearKey(ctx: Context, request: ApiRequest) {
  ctx.store.setApiKey(requireCaller(request.caller).user, null);
  return { status: 204 };
}

async function createToken(ctx: Context, request: ApiRequest) {
  const { user } = requireCaller(request.caller);
  const body = await readJsonObject(request.raw);
  const name = body.name ?? null;
  const expires = body.expires_at ?? null;
  if (name !== null && (typeof name !== "string" || name.length > 255))
    throw validationError({ name: ["String value is too long (max 255)"] });
  if (expires !== null && (typeof expires !== "string" || Number.isNaN(Date.parse(expires)))) {
    throw validationError({ expires_at: ["Invalid date/time input"] });
  }
  const raw = randomBytes(48).toString("base64url");
  const plaintext = `udata_${raw}`;
  const token: TokenRecord = {
    id: newObjectId(),
    user: user.id,
    hash: tokenHash(plaintext),
    prefix: raw.slice(0, 8),
    name,
    created_at: udataTimestamp(),
    last_used_at: null,
    revoked_at: null,
    expires_at: expires,
  };
  ctx.store.addToken(token);
  return { status: 201, body: { ...renderToken(token), token: plaintext } };
}

function listTokens(ctx: Context, request: ApiRequest) {
  const { user } = requireCaller(request.caller);
  const tokens = ctx.store.state.tokens.filter((token) => token.user === user.id && !token.revoked_at);
  return { status: 200, body: tokens.map(renderToken) };
}

function revokeToken(ctx: Context, request: ApiRequest) {
  const { user } = requireCaller(request.caller);
  const token = ctx.store.state.tokens.find(
    (candidate) => candidate.id === request.params.id && candidate.user === user.id,
  );
  if (!token || token.revoked_at) throw notFound();
  token.revoked_at = udataTimestamp();
  ctx.store.changed();
  return { status: 204 };
}

export function tokenRoutes(ctx: Context): RouteDefinition[] {
  return [
    { method: "POST", path: "/api/1/me/apikey", handler: (request) => regenerateKey(ctx, request) },
    { method: "DELETE", path: "/api/1/me/apikey", handler: (request) => clearKey(ctx, request) },
    { method: "GET", path: "/api/1/me/api_tokens/", handler: (request) => listTokens(ctx, request) },
    { method: "POST", path: "/api/1/me/api_tokens/", handler: (request) => createToken(ctx, request) },
    { method: "DELETE", path: "/api/1/me/api_tokens/:id/", handler: (request) => revokeToken(ctx, request) },
  ];
}
