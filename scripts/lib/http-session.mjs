// Signing in from a script, as a browser would through next-auth's API (GET /api/auth/csrf, then POST
// /api/auth/callback/api-key), keeping the cookies by hand: fetch has no cookie jar.

/** Cookies set by a response, as `name=value` pairs. */
function setCookies(response) {
  return response.headers.getSetCookie().map((line) => line.split(";", 1)[0]);
}

/**
 * A cookie-keeping client of one site: `fetch(path, init)` sends the cookies it got so far (redirects not
 * followed). `clientAddress` is sent as X-Forwarded-For, which the front server trusts from the loopback when
 * TRUST_PROXY is on (test-stack.mjs sets it): the sign-in rate limit counts per address.
 */
export function httpSession(baseUrl, { clientAddress } = {}) {
  const jar = new Map();
  return {
    baseUrl,
    cookies: () => [...jar].map(([name, value]) => `${name}=${value}`).join("; "),
    async fetch(path, init = {}) {
      const headers = new Headers(init.headers);
      if (jar.size > 0) headers.set("cookie", this.cookies());
      if (clientAddress) headers.set("x-forwarded-for", clientAddress);
      const response = await fetch(new URL(path, baseUrl), { redirect: "manual", ...init, headers });
      for (const pair of setCookies(response)) {
        const at = pair.indexOf("=");
        jar.set(pair.slice(0, at), pair.slice(at + 1));
      }
      return response;
    },
    /**
     * Signs in with `apiKey`, through `origin` (another server of the same site: an instance behind the proxy)
     * or the session's own; resolves with next-auth's answer status (200 signed in, 401 refused, 429 limited).
     */
    async signIn(apiKey, origin = baseUrl) {
      const { csrfToken } = await (await this.fetch(new URL("/api/auth/csrf", origin).href)).json();
      const response = await this.fetch(new URL("/api/auth/callback/api-key", origin).href, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, apiKey, callbackUrl: "/dashboard", json: "true" }),
      });
      await response.body?.cancel();
      return response.status;
    },
    /** Whether the session cookie is there and the server knows it (GET /api/auth/session names a user). */
    async signedIn() {
      const session = await (await this.fetch("/api/auth/session")).json();
      return Boolean(session?.user);
    },
  };
}
