import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { contentSecurityPolicy } from "./csp";
import { deferHydration } from "./deferred-hydration";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const directive = (csp: string, name: string) => csp.split("; ").find((part) => part.startsWith(`${name} `));
const production = { imageSources: ["https://static.data.gouv.fr"], formTargets: [], development: false };
/** The script-src of a page holding `scripts` inline. */
function scriptSrc(scripts: string[]) {
  const body = scripts.map((script) => `<script>${script}</script>`).join("");
  return directive(contentSecurityPolicy(`<html><head></head><body>${body}</body></html>`, production), "script-src");
}

/** The loader deferHydration puts in a page whose chunks are `sources`. */
function loaderOf(sources: string[]): string {
  const chunks = sources.map((src) => `<script src="${src}" async=""></script>`).join("");
  const page = deferHydration(`<html><head>${chunks}</head><body><p>x</p></body></html>`);
  return /<script>([\s\S]*)<\/script><\/body>/.exec(page)?.[1] ?? "";
}

// The shapes of the inline scripts in the built app's pages (Next.js 16.4, Turbopack), and the app's loader.
const FLIGHT_START = "(self.__next_f=self.__next_f||[]).push([0])";
const LEGITIMATE = {
  "the flight data's start": FLIGHT_START,
  "the flight data's start with a form's state": `${FLIGHT_START};self.__next_f.push([2,["$K1",null]])`,
  "a piece of flight data": 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[22016,[],\\"\\"]\\n"])',
  "a piece of flight data in base64": 'self.__next_f.push([3,"AAECAw=="])',
  "Turbopack's chunk bootstrap":
    '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/0b.js"],"runtimeModuleIds":[94553]});',
  "the hydration loader": loaderOf(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]),
};

const INJECTED = {
  "any other script": "alert(document.cookie)",
  "code after a piece of flight data": 'self.__next_f.push([1,"a"]);alert(1)',
  "code inside a piece of flight data": "self.__next_f.push([1,alert(1)])",
  "code in the flight data's start": `${FLIGHT_START};alert(1)`,
  "a flight kind Next.js never pushes": "self.__next_f.push([0])",
  "code after Turbopack's bootstrap":
    '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});\nalert(1)',
  "code in Turbopack's bootstrap":
    '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]},alert({}));',
  "the hydration loader of a foreign script": loaderOf(["/_next/static/chunks/a.js"]).replace(
    "/_next/static/chunks/a.js",
    "https://evil.example/a.js",
  ),
  "code after the hydration loader": `${loaderOf(["/_next/static/chunks/a.js"])}alert(1)`,
};

describe("contentSecurityPolicy", () => {
  it.each(Object.entries(LEGITIMATE))("allows %s, by hash", (_shape, script) => {
    expect(script).not.toBe("");
    expect(scriptSrc([script])).toBe(`script-src 'self' ${sha(script)}`);
  });

  it.each(Object.entries(INJECTED))("does not allow an inline script of another shape: %s", (_shape, script) => {
    expect(scriptSrc([script, FLIGHT_START])).toBe(`script-src 'self' ${sha(FLIGHT_START)}`);
  });

  it("gives JSON-LD no hash (the browser never runs it), and scripts of this origin need none", () => {
    const html = [
      '<html><head><script src="/_next/static/chunks/main.js" async=""></script></head><body>',
      `<script type="application/ld+json">{"@type":"CreativeWork"}</script><script>${FLIGHT_START}</script>`,
      `<script>${FLIGHT_START}</script></body></html>`,
    ].join("");
    const csp = contentSecurityPolicy(html, production);
    expect(directive(csp, "script-src")).toBe(`script-src 'self' ${sha(FLIGHT_START)}`);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("allows the page's inline styles by hash", () => {
    const csp = contentSecurityPolicy("<html><head><style>body{margin:0}</style></head></html>", production);
    expect(directive(csp, "style-src")).toBe(`style-src 'self' ${sha("body{margin:0}")}`);
  });

  it("forbids framing, plugins, foreign forms and base URLs", () => {
    const csp = contentSecurityPolicy("<html></html>", production);
    for (const part of ["frame-ancestors 'none'", "object-src 'none'", "form-action 'self'", "base-uri 'self'"]) {
      expect(csp).toContain(part);
    }
  });

  it("lets anyone frame the page only when asked (a reuse's embed card), and changes nothing else", () => {
    const framable = contentSecurityPolicy("<html><style>p{}</style></html>", production, "anyone");
    const closed = contentSecurityPolicy("<html><style>p{}</style></html>", production);
    expect(directive(framable, "frame-ancestors")).toBe("frame-ancestors *");
    expect(directive(closed, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(framable.replace("frame-ancestors *", "")).toBe(closed.replace("frame-ancestors 'none'", ""));
  });

  it("lets a form lead to data.gouv.fr only when the sign-in offers its OAuth2", () => {
    expect(directive(contentSecurityPolicy("<html></html>", production), "form-action")).toBe("form-action 'self'");
    const oauth = { ...production, formTargets: ["https://www.data.gouv.fr"] };
    expect(directive(contentSecurityPolicy("<html></html>", oauth), "form-action")).toBe(
      "form-action 'self' https://www.data.gouv.fr",
    );
  });

  it("allows images from this origin and the given hosts only", () => {
    expect(directive(contentSecurityPolicy("<html></html>", production), "img-src")).toBe(
      "img-src 'self' data: https://static.data.gouv.fr",
    );
  });

  it("relaxes scripts for next dev's hot reload only", () => {
    const csp = contentSecurityPolicy("<html></html>", { ...production, development: true });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    expect(directive(csp, "connect-src")).toBe("connect-src 'self' ws: wss:");
  });
});
