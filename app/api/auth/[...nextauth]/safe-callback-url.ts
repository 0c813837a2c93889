import { safeCallbackPath } from "~/server/auth/redirects";

/**
 * next-auth answers 500 ("problem with the server configuration") to any request whose `callbackUrl` query
 * parameter it cannot read as an http(s) URL: the parameter is replaced by its safe path (a path of this site,
 * or the dashboard) before next-auth reads it. Changes `searchParams` in place.
 */
export function makeCallbackUrlSafe(searchParams: URLSearchParams, baseUrl: string): void {
  const callbackUrl = searchParams.get("callbackUrl");
  if (callbackUrl !== null) searchParams.set("callbackUrl", safeCallbackPath(callbackUrl, baseUrl));
}
