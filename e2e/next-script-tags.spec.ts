// The front server rewrites pages by the exact script tags Next.js writes (server/http/framework-scripts.ts for
// the CSP's hashes, deferred-hydration.ts for the public pages' deferred scripts). A Next.js upgrade that changes
// them would make the CSP refuse its scripts, or leave public pages loading all their JavaScript at once, with
// nothing obviously broken in the code: this test reads real pages and says so in one line.
import { expect, test } from "./fixtures";
import { deferHydration, isHydrationLoader } from "../server/http/deferred-hydration";
import { isFrameworkScript } from "../server/http/framework-scripts";

const CHANGED =
  "Next.js changed its script tags: review server/http/framework-scripts.ts (inline scripts the CSP allows) and " +
  "server/http/deferred-hydration.ts (the chunks public pages defer), then csp.ts and their tests";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const JSON_LD = /\btype="application\/ld\+json"/;
/**
 * Next.js's polyfills, for browsers without JavaScript modules: a browser with them (every one that runs this
 * site's scripts) never downloads this, so public pages keep it as it is.
 */
const NO_MODULE_POLYFILL = /^<script src="\/_next\/static\/chunks\/[\w.-]+\.js" noModule=""><\/script>$/;
/** What makes a browser download a script at once, besides <script src>. */
const SCRIPT_PRELOAD = /<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*>/gi;

/** The script tags of `html` that the front server would not recognise, each as it is in the page (shortened). */
function unrecognisedScripts(html: string): string[] {
  const unknown: string[] = [];
  for (const [tag, attributes = "", content = ""] of html.matchAll(SCRIPT)) {
    if (/\ssrc=/.test(attributes) || JSON_LD.test(attributes)) continue;
    if (!isFrameworkScript(content) && !isHydrationLoader(content)) unknown.push(tag.slice(0, 200));
  }
  // Every external script and script preload is one that a public page defers (deferHydration takes it out).
  const deferred = deferHydration(html);
  for (const [tag, attributes = ""] of deferred.matchAll(SCRIPT)) {
    if (/\ssrc=/.test(attributes) && !NO_MODULE_POLYFILL.test(tag)) unknown.push(tag.slice(0, 200));
  }
  for (const [tag] of deferred.matchAll(SCRIPT_PRELOAD)) unknown.push(tag.slice(0, 200));
  return unknown;
}

test.describe("Next.js's script tags", () => {
  test("every script of a public page and of a dashboard page is one the front server knows", async ({
    page,
    request,
    sandbox,
    signIn,
  }) => {
    // Anonymous: the public page as visitors get it, scripts deferred.
    const served = await request.get("/reuses");
    expect(served.status()).toBe(200);
    const servedHtml = await served.text();
    expect(servedHtml, "the public page has the hydration loader").toContain("addEventListener(type,load");
    expect.soft(unrecognisedScripts(servedHtml), `${CHANGED} (/reuses, deferred)`).toEqual([]);

    // Signed in: pages as Next.js wrote them (no page cache, no deferral), a public one and the dashboard.
    const user = await sandbox.createUser({ first_name: "Nora", last_name: "Next" });
    await signIn(user.apikey);
    for (const path of ["/reuses", "/dashboard"]) {
      const answer = await page.request.get(path);
      expect(answer.status(), path).toBe(200);
      const html = await answer.text();
      expect(html, `${path} has Next.js's chunks`).toMatch(/<script src="\/_next\/static\//);
      expect(html, `${path} has Next.js's flight data`).toContain("self.__next_f");
      expect.soft(unrecognisedScripts(html), `${CHANGED} (${path})`).toEqual([]);
    }
  });
});
