import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { LOCALE_HEADER } from "./request-headers";
import { routing } from "./routing";

/** The request headers a middleware's answer hands on to the page (Next.js's `x-middleware-request-*`). */
const handedOn = (response: Response, name: string) =>
  response.headers.get(`x-middleware-request-${name.toLowerCase()}`);

describe("LOCALE_HEADER", () => {
  it("is the header by which next-intl's middleware tells a page its language", () => {
    const middleware = createMiddleware(routing);
    expect(handedOn(middleware(new NextRequest("http://localhost/en/reuses")), LOCALE_HEADER)).toBe("en");
    expect(handedOn(middleware(new NextRequest("http://localhost/reuses")), LOCALE_HEADER)).toBe("fr");
  });
});

describe("the routing", () => {
  const middleware = createMiddleware(routing);

  it("renders French at the unprefixed URLs and English under /en", () => {
    expect(middleware(new NextRequest("http://localhost/reuses?q=eau")).headers.get("x-middleware-rewrite")).toBe(
      "http://localhost/fr/reuses?q=eau",
    );
    expect(middleware(new NextRequest("http://localhost/en/reuses")).headers.get("x-middleware-rewrite")).toBeNull();
  });

  it("sends /fr/… to its unprefixed URL", () => {
    const response = middleware(new NextRequest("http://localhost/fr/reuses?q=eau"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost/reuses?q=eau");
  });

  it("never redirects by the browser's language or a cookie, and sets no cookie", () => {
    const request = new NextRequest("http://localhost/reuses", {
      headers: { "accept-language": "en-GB,en;q=0.9", cookie: "NEXT_LOCALE=en" },
    });
    const response = middleware(request);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-rewrite")).toBe("http://localhost/fr/reuses");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("link")).toBeNull();
  });
});
