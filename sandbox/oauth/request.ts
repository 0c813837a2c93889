import { type ApiRequest } from "../context";
import { readBody } from "../http";

/**
 * An OAuth2 request as authlib's Flask integration reads it (authlib/integrations/flask_oauth2/requests.py):
 * `form` is the url-encoded body, `values` the query then the body (Werkzeug's `request.values`: the query wins).
 */
export interface OAuthRequest {
  form: URLSearchParams;
  query: URLSearchParams;
  /** The first value of `name`, from the query, else from the form. */
  value: (name: string) => string | null;
  /** How many times `name` is sent, query and form together. */
  count: (name: string) => number;
  authorization: string | undefined;
}

const FORM_LIMIT = 64 * 1024;

export async function readOAuthRequest(request: ApiRequest): Promise<OAuthRequest> {
  const type = request.raw.headers["content-type"] ?? "";
  const isForm = request.method === "POST" && type.startsWith("application/x-www-form-urlencoded");
  const form = new URLSearchParams(isForm ? (await readBody(request.raw, FORM_LIMIT)).toString("utf8") : "");
  if (!isForm) request.raw.resume();
  const query = request.url.searchParams;
  return {
    form,
    query,
    value: (name) => query.get(name) ?? form.get(name),
    count: (name) => query.getAll(name).length + form.getAll(name).length,
    authorization: request.raw.headers.authorization,
  };
}

/** authlib/oauth2/rfc6749/util.py `extract_basic_authorization`: the client id and secret, URL-decoded. */
export function basicCredentials(header: string | undefined): { id: string; secret: string | null } | null {
  const [kind, encoded] = (header ?? "").trim().split(/\s+/, 2);
  if (!kind || !encoded || kind.toLowerCase() !== "basic") return null;
  const decoded = Buffer.from(encoded, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return { id: decoded, secret: null };
  try {
    return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
  } catch {
    return null;
  }
}
