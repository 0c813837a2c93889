import { describe, expect, it } from "vitest";

import { allowedUrl, isAllowedUrl } from "./safe-url";

describe("isAllowedUrl", () => {
  it.each(["https://example.org", "http://example.org/a?b=c#d", "HTTPS://EXAMPLE.ORG", "mailto:contact@example.org"])(
    "allows %s",
    (url) => expect(isAllowedUrl(url)).toBe(true),
  );

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\nscript:alert(1)",
    "java\tscript:alert(1)",
    "&#106;avascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example",
    "/\\evil.example",
    "/relative",
    "#fragment",
    "https://",
    "http:evil.example",
    "",
  ])("refuses %j", (url) => expect(isAllowedUrl(url)).toBe(false));
});

describe("allowedUrl", () => {
  it("gives the URL as the browser reads it, trimmed and encoded", () => {
    expect(allowedUrl("  https://example.org/une page  ")).toBe("https://example.org/une%20page");
  });

  it("gives undefined for a refused or missing URL", () => {
    expect(allowedUrl("javascript:alert(1)")).toBeUndefined();
    expect(allowedUrl(null)).toBeUndefined();
    expect(allowedUrl(undefined)).toBeUndefined();
  });
});
