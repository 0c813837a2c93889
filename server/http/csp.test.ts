import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { contentSecurityPolicy } from "./csp";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const directive = (csp: string, name: string) => csp.split("; ").find((part) => part.startsWith(`${name} `));
const production = { imageSources: ["https://static.data.gouv.fr"], development: false };

describe("contentSecurityPolicy", () => {
  const html = [
    "<html><head><style>body{margin:0}</style>",
    '<script src="/_next/static/chunks/main.js" async=""></script></head>',
    '<body><script>self.__next_f.push([1,"a"])</script>',
    '<script type="application/ld+json">{"@type":"CreativeWork"}</script>',
    '<script>self.__next_f.push([1,"a"])</script></body></html>',
  ].join("");

  it("allows exactly the page's inline scripts, by hash, and scripts of this origin", () => {
    const csp = contentSecurityPolicy(html, production);
    expect(directive(csp, "script-src")).toBe(
      `script-src 'self' ${sha('self.__next_f.push([1,"a"])')} ${sha('{"@type":"CreativeWork"}')}`,
    );
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("allows the page's inline styles by hash", () => {
    expect(directive(contentSecurityPolicy(html, production), "style-src")).toBe(
      `style-src 'self' ${sha("body{margin:0}")}`,
    );
  });

  it("forbids framing, plugins, foreign forms and base URLs", () => {
    const csp = contentSecurityPolicy(html, production);
    for (const part of ["frame-ancestors 'none'", "object-src 'none'", "form-action 'self'", "base-uri 'self'"]) {
      expect(csp).toContain(part);
    }
  });

  it("allows images from this origin and the given hosts only", () => {
    expect(directive(contentSecurityPolicy(html, production), "img-src")).toBe(
      "img-src 'self' data: https://static.data.gouv.fr",
    );
  });

  it("relaxes scripts for next dev's hot reload only", () => {
    const csp = contentSecurityPolicy(html, { ...production, development: true });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    expect(directive(csp, "connect-src")).toBe("connect-src 'self' ws: wss:");
  });
});
