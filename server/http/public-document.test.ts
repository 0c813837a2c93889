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
    "/embeds/reuses/une-reutilisation",
    "/reuses/une-reutilisation/discussions",
    "/reuses/feed.xml",
    "/sitemap.xml",
    "/sitemaps/reuses-1.xml",
    "/robots.txt",
    "/en",
    "/en/reuses",
    "/en/reuses/une-reutilisation",
    "/en/reuses/une-reutilisation/abonnes",
    "/en/embeds/reuses/une-reutilisation",
    "/en/reuses/une-reutilisation/discussions",
    "/en/reuses/feed.xml",
  ])("keeps %s", (url) => {
    expect(publicDocumentKey(request(url))).toBe(url);
  });

  it("gives the same key to the same state in another order", () => {
    expect(publicDocumentKey(request("/reuses?type=api&page=2"))).toBe("/reuses?page=2&type=api");
    expect(publicDocumentKey(request("/reuses?page=2&type=api"))).toBe("/reuses?page=2&type=api");
  });

  it.each([
    ["/reuses?x=1", "/reuses"],
    ["/reuses?utm_source=lettre&type=api&fbclid=x", "/reuses?type=api"],
    ["/?page=2", "/"],
    ["/reuses/une-reutilisation?page=2&q=eau", "/reuses/une-reutilisation"],
    ["/reuses/une-reutilisation/abonnes?page=2&sort=title", "/reuses/une-reutilisation/abonnes?page=2"],
    ["/reuses/une-reutilisation/discussions?utm_source=x&page=2", "/reuses/une-reutilisation/discussions?page=2"],
    ["/sitemap.xml?x=1", "/sitemap.xml"],
    ["/robots.txt?v=2", "/robots.txt"],
    ["/en/reuses?utm_source=x&q=eau", "/en/reuses?q=eau"],
    ["/en?page=2", "/en"],
  ])("leaves out of %s's key the parameters its page does not read", (url, key) => {
    expect(publicDocumentKey(request(url))).toBe(key);
  });

  it("keeps every parameter the listing reads, in its order, empty and repeated ones too", () => {
    const url = "/reuses?tag=velo&q=eau&tag=bus&sort=title&page=2&organization=x&topic=health&type=api";
    expect(publicDocumentKey(request(url))).toBe(
      "/reuses?organization=x&page=2&q=eau&sort=title&tag=velo&tag=bus&topic=health&type=api",
    );
    // Next.js redirects these to their clean URL: they must not be answered with the clean page from the cache.
    expect(publicDocumentKey(request("/reuses?q=eau&type="))).toBe("/reuses?q=eau&type=");
    expect(publicDocumentKey(request("/reuses?page=2&page=3"))).toBe("/reuses?page=2&page=3");
  });

  it.each([
    "/dashboard",
    "/sign-in",
    "/en/sign-in",
    "/en/dashboard",
    // Redirects (to `/en`, to `/reuses`) and documents of one language: never kept under these spellings.
    "/en/",
    "/fr/reuses",
    "/fr",
    "/en/sitemap.xml",
    "/en/robots.txt",
    "/de/reuses",
    "/api/trpc/reuses.list",
    "/api/auth/session",
    "/reuses/a/b",
    "/_next/x.js",
    "//reuses",
    "//evil.example/",
    "//x/reuses?page=7",
    "*",
  ])("leaves out %s", (url) => {
    expect(publicDocumentKey(request(url))).toBeUndefined();
  });

  it("leaves out signed-in visitors, client-router requests and other methods", () => {
    expect(publicDocumentKey(request("/reuses", { cookie: "next-auth.session-token=abc" }))).toBeUndefined();
    expect(publicDocumentKey(request("/reuses", { rsc: "1" }))).toBeUndefined();
    expect(publicDocumentKey(request("/reuses?_rsc=x1"))).toBeUndefined();
    expect(publicDocumentKey(request("/reuses", {}, "POST"))).toBeUndefined();
    expect(publicDocumentKey(request("/reuses", {}, "HEAD"))).toBeUndefined();
  });
});
