import type { IncomingMessage } from "node:http";

import { describe, expect, it } from "vitest";

import { publicDocumentKey } from "./public-document";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") =>
  ({ url, method, headers }) as unknown as IncomingMessage;

describe("publicDocumentKey", () => {
  it.each([
    "/",
    "/reuses",
    "/reuses/une-reutilisation",
    "/reuses/une-reutilisation/abonnes",
    "/reuses/feed.xml",
    "/sitemap.xml",
    "/sitemaps/reuses-1.xml",
    "/robots.txt",
  ])("keeps %s", (url) => {
    expect(publicDocumentKey(request(url))).toBe(url);
  });

  it("gives the same key to the same state in another order", () => {
    expect(publicDocumentKey(request("/reuses?type=api&page=2"))).toBe("/reuses?page=2&type=api");
    expect(publicDocumentKey(request("/reuses?page=2&type=api"))).toBe("/reuses?page=2&type=api");
  });

  it.each(["/dashboard", "/sign-in", "/api/trpc/reuses.list", "/api/auth/session", "/reuses/a/b", "/_next/x.js"])(
    "leaves out %s",
    (url) => {
      expect(publicDocumentKey(request(url))).toBeUndefined();
    },
  );

  it("leaves out signed-in visitors, client-router requests and other methods", () => {
    expect(publicDocumentKey(request("/reuses", { cookie: "next-auth.session-token=abc" }))).toBeUndefined();
    expect(publicDocumentKey(request("/reuses", { rsc: "1" }))).toBeUndefined();
    expect(publicDocumentKey(request("/reuses?_rsc=x1"))).toBeUndefined();
    expect(publicDocumentKey(request("/reuses", {}, "POST"))).toBeUndefined();
    expect(publicDocumentKey(request("/reuses", {}, "HEAD"))).toBeUndefined();
  });
});
