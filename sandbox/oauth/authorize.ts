import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { udataTimestamp } from "../dates";
import { type Reply } from "../http";
import { type OAuthCodeRecord } from "../model";
import { consentPage } from "../pages/consent";
import { htmlReply } from "../pages/layout";
import { DEMO_ACCOUNTS } from "../seed/demo";
import { type AuthorizationRequest, validateAuthorizationRequest } from "./authorization-request";
import { OAuthError, invalidRequest, oauthErrorReply, redirectWith } from "./errors";
import { generateToken } from "./records";
import { type OAuthRequest, readOAuthRequest } from "./request";

/**
 * udata/api/oauth2.py `authorize`: GET shows the consent page (and answers a bad request with authlib's error
 * code alone, as udata returns `error.error`), POST issues a code or the refusal to the redirect URI.
 */
const GRANT_EXPIRATION_MS = 100 * 1000; // udata's GRANT_EXPIRATION
const CODE_LENGTH = 48; // AuthorizationCodeGrant.AUTHORIZATION_CODE_LENGTH
const ACCESS_DENIED = "The resource owner or authorization server denied the request";

function errorCodeReply(error: OAuthError): Reply {
  return { status: 200, bytes: { type: "text/html; charset=utf-8", data: error.error } };
}

async function showConsent(ctx: Context, request: ApiRequest): Promise<Reply> {
  const oauth = await readOAuthRequest(request);
  let grant: AuthorizationRequest;
  try {
    grant = validateAuthorizationRequest(ctx.store, oauth, { multiple: true });
  } catch (error) {
    if (error instanceof OAuthError) return errorCodeReply(error);
    throw error;
  }
  // The demo accounts first, then everyone else who can sign in.
  const demo: readonly string[] = Object.values(DEMO_ACCOUNTS).map((account) => account.id);
  const users = ctx.store.state.users
    .filter((user) => !user.deleted)
    .sort((a, b) => Number(demo.includes(b.id)) - Number(demo.includes(a.id)));
  const page = consentPage({
    client: grant.client,
    action: `${request.url.pathname}${request.url.search}`,
    users,
    selected: DEMO_ACCOUNTS.producer.id,
  });
  return htmlReply(page, ["'self'", new URL(grant.redirectUri).origin]);
}

/** The sandbox's stand-in for udata's session: the account chosen on the consent page (the producer by default). */
function signedInUser(ctx: Context, oauth: OAuthRequest): string {
  const id = oauth.form.get("user") ?? DEMO_ACCOUNTS.producer.id;
  const user = ctx.store.user(id);
  if (!user || user.deleted || user.id !== id) throw invalidRequest(`No sandbox account has the id ${id}.`);
  return user.id;
}

/** `AuthorizationCodeGrant.save_authorization_code`; expired codes go at the same time. */
function saveCode(ctx: Context, oauth: OAuthRequest, grant: AuthorizationRequest, user: string): string {
  const code: OAuthCodeRecord = {
    code: generateToken(CODE_LENGTH),
    client: grant.client.id,
    user,
    redirect_uri: oauth.value("redirect_uri"),
    scope: oauth.value("scope") ?? "",
    code_challenge: oauth.value("code_challenge"),
    code_challenge_method: oauth.value("code_challenge_method"),
    expires: udataTimestamp(new Date(Date.now() + GRANT_EXPIRATION_MS)),
  };
  const now = Date.now();
  ctx.store.state.oauthCodes = ctx.store.state.oauthCodes.filter((saved) => Date.parse(saved.expires) > now);
  ctx.store.state.oauthCodes.push(code);
  ctx.store.changed();
  return code.code;
}

async function answerConsent(ctx: Context, request: ApiRequest): Promise<Reply> {
  const oauth = await readOAuthRequest(request);
  try {
    const grant = validateAuthorizationRequest(ctx.store, oauth, { multiple: false });
    // udata: "accept" in the form, and no "decline", grants; anything else refuses.
    if (!oauth.form.has("accept") || oauth.form.has("decline")) {
      return redirectWith(grant.redirectUri, {
        error: "access_denied",
        error_description: ACCESS_DENIED,
        state: grant.state,
      });
    }
    const code = saveCode(ctx, oauth, grant, signedInUser(ctx, oauth));
    return redirectWith(grant.redirectUri, { code, state: grant.state });
  } catch (error) {
    if (error instanceof OAuthError) return oauthErrorReply(error);
    throw error;
  }
}

export function authorizeRoutes(ctx: Context): RouteDefinition[] {
  return [
    { method: "GET", path: "/oauth/authorize", handler: (request) => showConsent(ctx, request) },
    { method: "POST", path: "/oauth/authorize", handler: (request) => answerConsent(ctx, request) },
  ];
}
