import type { IncomingMessage } from "node:http";

import { describe, expect, it } from "vitest";

import { dropUnreadableCallbackCookie, isReadablePath } from "./request-hygiene";

describe("isReadablePath", () => {
  it("refuses paths that are not percent-encoded UTF-8", () => {
    for (const path of ["/reuses/%ZZ", "/reuses/%E9", "/reuses/%ED%A0%80", "/%"])
      expect(isReadablePath(path)).toBe(false);
  });

  it("refuses paths with a control character, in any language", () => {
    for (const path of ["/reuses/%00", "/en/reuses/%00", "/en/%00", "/reuses/a%0Ab", "/reuses/%7F", "/reuses/%1b"])
      expect(isReadablePath(path)).toBe(false);
  });

  it("accepts the others, whatever their query", () => {
    for (const path of ["/reuses/a%20b", "/reuses/%C3%A9t%C3%A9", "/reuses?q=%ZZ", "/"])
      expect(isReadablePath(path)).toBe(true);
  });
});

describe("dropUnreadableCallbackCookie", () => {
  const cleaned = (cookie: string) => {
    const req = { headers: { cookie } } as IncomingMessage;
    dropUnreadableCallbackCookie(req);
    return req.headers.cookie;
  };

  it("drops a callback-url cookie next-auth could not read, and keeps the other cookies", () => {
    expect(cleaned("a=1; next-auth.callback-url=javascript%3Aalert(1); b=2")).toBe("a=1; b=2");
    expect(cleaned("__Secure-next-auth.callback-url=http%3A%2F%2F; next-auth.session-token=x")).toBe(
      "next-auth.session-token=x",
    );
  });

  it("keeps readable ones: a path, or an http(s) URL", () => {
    for (const cookie of [
      "next-auth.callback-url=%2Fdashboard",
      "next-auth.callback-url=http%3A%2F%2Flocalhost%3A3000",
    ]) {
      expect(cleaned(cookie)).toBe(cookie);
    }
  });
});
