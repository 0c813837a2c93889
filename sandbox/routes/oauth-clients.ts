import { z } from "zod";
import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { udataTimestamp } from "../dates";
import { validationError } from "../http";
import { newObjectId, newSecret } from "../ids";
import { type OAuthClientRecord } from "../model";
import { parseBody } from "./control-body";

/** `POST /_sandbox/oauth-clients`: registers an OAuth2 client (udata has no API for it: admins add them). */
const httpUrl = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), "Must be an http(s) URL");

const clientSchema = z.object({
  name: z.string().trim().min(1).max(255),
  redirect_uris: z.array(httpUrl).min(1),
  /** A public client: no secret, so it authenticates with "none" and must use PKCE. */
  public: z.boolean().default(false),
  /** The user `client_credentials` tokens act for. */
  owner: z.string().optional(),
});

async function createClient(ctx: Context, request: ApiRequest) {
  const input = await parseBody(request, clientSchema);
  const owner = input.owner === undefined ? null : ctx.store.user(input.owner);
  if (owner === undefined) throw validationError({ owner: [`Unknown user: ${input.owner ?? ""}`] });
  const client: OAuthClientRecord = {
    id: newObjectId(),
    secret: input.public ? null : newSecret(),
    name: input.name,
    redirect_uris: input.redirect_uris,
    scope: "default",
    owner: owner?.id ?? null,
    created_at: udataTimestamp(),
  };
  ctx.store.state.oauthClients.push(client);
  ctx.store.changed();
  return { status: 201, body: { client_id: client.id, client_secret: client.secret } };
}

/**
 * `GET /_sandbox/oauth-tokens`: every OAuth2 token issued, revoked ones included, for tests that check a site
 * never shows them (leak scans) and revokes them at sign-out. data.gouv.fr has no such route: it is a control route.
 */
function listTokens(ctx: Context) {
  const tokens = ctx.store.state.oauthTokens.map(({ client, user, access_token, refresh_token, revoked }) => ({
    client_id: client,
    user,
    access_token,
    refresh_token,
    revoked,
  }));
  return { status: 200, body: tokens };
}

export function oauthClientRoutes(ctx: Context): RouteDefinition[] {
  return [
    { method: "POST", path: "/_sandbox/oauth-clients", handler: (request) => createClient(ctx, request) },
    { method: "GET", path: "/_sandbox/oauth-tokens", handler: () => listTokens(ctx) },
  ];
}
