import { createHmac } from "node:crypto";
import { requireCaller } from "../auth";
import { type ApiRequest, type Context, type RouteDefinition } from "../context";

/**
 * udata 15's single API key (udata/core/user/api.py at v15.4.1 ApiKeyAPI): POST regenerates it (the old one
 * stops at once), DELETE clears it. udata 16 removed the route.
 */
const JWS_HEADER = Buffer.from(JSON.stringify({ alg: "HS512" })).toString("base64url");
const SIGNING_SECRET = "sandbox-secret-key";

/** `User.generate_api_key`: a compact JWS (HS512) of `{"user": id, "time": now}`. */
function generateApiKey(userId: string): string {
  const payload = Buffer.from(JSON.stringify({ user: userId, time: Date.now() / 1000 })).toString("base64url");
  const signature = createHmac("sha512", SIGNING_SECRET).update(`${JWS_HEADER}.${payload}`).digest("base64url");
  return `${JWS_HEADER}.${payload}.${signature}`;
}

function regenerateKey(ctx: Context, request: ApiRequest) {
  const { user } = requireCaller(request.caller);
  ctx.store.setApiKey(user, generateApiKey(user.id));
  return { status: 201, body: { apikey: user.apikey } };
}

function clearKey(ctx: Context, request: ApiRequest) {
  ctx.store.setApiKey(requireCaller(request.caller).user, null);
  return { status: 204 };
}

export function legacyApiKeyRoutes(ctx: Context): RouteDefinition[] {
  return [
    { method: "POST", path: "/api/1/me/apikey/", handler: (request) => regenerateKey(ctx, request) },
    { method: "DELETE", path: "/api/1/me/apikey/", handler: (request) => clearKey(ctx, request) },
  ];
}
