import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";

import type { Page } from "@playwright/test";

import { expect, test } from "../fixtures";
import type { SandboxClient } from "../support/sandbox";
import { sandboxApi, seedReuse, uniqueTitle, type SeededReuse } from "./reuse-seed";

/** A 1×1 transparent PNG. */
const ONE_PIXEL_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

/** A reuse by a new producer, with an image. */
async function illustratedReuse(sandbox: SandboxClient, prefix: string) {
  const owner = await sandbox.createUser({ first_name: "Léa", last_name: "Partage" });
  const reuse = await seedReuse(sandbox, owner, { title: uniqueTitle(prefix), description: "Une carte." });
  const form = new FormData();
  form.append("file", new Blob([Buffer.from(ONE_PIXEL_PNG, "base64")], { type: "image/png" }), "image.png");
  const upload = await fetch(new URL(`/api/1/reuses/${reuse.id}/image/`, sandbox.url), {
    method: "POST",
    headers: { "X-API-KEY": owner.apikey },
    body: form,
  });
  expect(upload.status).toBe(200);
  return { owner, reuse };
}

/** GET `path` sent exactly as written (no URL normalization, unlike browsers and fetch): status and headers. */
function rawGet(origin: string, path: string): Promise<{ status: number; headers: Record<string, unknown> }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: "GET" }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

const pageUrl = (baseURL: string | undefined, reuse: SeededReuse) => new URL(`/reuses/${reuse.slug}`, baseURL).href;
const englishPageUrl = (baseURL: string | undefined, reuse: SeededReuse) =>
  new URL(`/en/reuses/${reuse.slug}`, baseURL).href;

/** Tabs from the page's link field until `name` has the focus (keyboard only). */
async function tabTo(page: Page, name: string) {
  await page.getByRole("textbox", { name: "Lien de cette page" }).focus();
  for (let step = 0; step < 10; step++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return;
  }
  throw new Error(`${name} never got the focus`);
}

test.describe("sharing a reuse", () => {
  test("links to share the page by e-mail and on networks, with its URL and nothing else", async ({
    page,
    sandbox,
    baseURL,
    checkA11y,
  }) => {
    const { reuse } = await illustratedReuse(sandbox, "Carte à partager");
    await page.goto(`/reuses/${reuse.slug}`);
    const url = pageUrl(baseURL, reuse);
    const share = page.getByRole("region", { name: "Partager" });
    await expect(share.getByRole("textbox", { name: "Lien de cette page" })).toHaveValue(url);
    const post = `${reuse.title} ${url}`;
    const expected = {
      "Partager par e-mail": `mailto:?subject=${encodeURIComponent(reuse.title)}&body=${encodeURIComponent(
        `Une réutilisation des données publiques à découvrir : ${reuse.title}\n${url}`,
      )}`,
      "Partager sur Mastodon": `https://s2f.kytta.dev/?${new URLSearchParams({ text: post })}`,
      "Partager sur LinkedIn": `https://www.linkedin.com/sharing/share-offsite/?${new URLSearchParams({ url })}`,
      "Partager sur Bluesky": `https://bsky.app/intent/compose?${new URLSearchParams({ text: post })}`,
    };
    for (const [name, href] of Object.entries(expected)) {
      const link = share.getByRole("link", { name, exact: true });
      await expect(link).toHaveAttribute("href", href);
      await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    }
    // No script of a network's: every script of the page is the site's own.
    const sources = await page
      .locator("script[src]")
      .evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).src));
    for (const source of sources) expect(new URL(source).origin).toBe(new URL(url).origin);
    await checkA11y();
  });

  test("copies the page's link with a button once the page runs its scripts", async ({
    page,
    context,
    sandbox,
    baseURL,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const { reuse } = await illustratedReuse(sandbox, "Carte à copier");
    await page.goto(`/reuses/${reuse.slug}`);
    await page.getByRole("textbox", { name: "Lien de cette page" }).focus();
    await page.getByRole("button", { name: "Copier le lien" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Lien copié." })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(pageUrl(baseURL, reuse));
  });

  test("the 'Intégrer' dialog: keyboard only, focus on the snippet, copy, Escape back", async ({
    page,
    context,
    sandbox,
    baseURL,
    checkA11y,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const { reuse } = await illustratedReuse(sandbox, "Carte à intégrer");
    await page.goto(`/reuses/${reuse.slug}`);
    await tabTo(page, "Intégrer");
    const opener = page.locator("summary", { hasText: "Intégrer" });
    await expect(opener).toBeFocused();
    // The scripts the first key asked for have run (the copy button comes with them): Enter opens the dialog, not
    // the disclosure a visitor gets before (tested without JavaScript below).
    await expect(page.getByRole("button", { name: "Copier le lien" })).toBeVisible();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Intégrer" });
    await expect(dialog).toBeVisible();
    const snippet = dialog.getByRole("textbox", { name: "Code d'intégration" });
    await expect(snippet).toBeFocused();
    const embedUrl = new URL(`/embeds/reuses/${reuse.slug}`, baseURL).href;
    await expect(snippet).toHaveValue(
      `<iframe src="${embedUrl}" title="${reuse.title} · Réutilisations data.gouv.fr" width="480" height="400"` +
        ' loading="lazy" style="border:0;max-width:100%"></iframe>',
    );
    await checkA11y(page, { include: "dialog" });
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("button", { name: "Copier le code" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(dialog.getByRole("status").filter({ hasText: "Code copié." })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
});

test.describe("sharing without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the link is in a field to copy, and 'Intégrer' opens in place with the snippet", async ({
    page,
    sandbox,
    baseURL,
  }) => {
    const { reuse } = await illustratedReuse(sandbox, "Carte sans script");
    await page.goto(`/reuses/${reuse.slug}`);
    await expect(page.getByRole("textbox", { name: "Lien de cette page" })).toHaveValue(pageUrl(baseURL, reuse));
    await expect(page.getByRole("button", { name: "Copier le lien" })).toHaveCount(0);
    const snippet = page.getByRole("textbox", { name: "Code d'intégration" });
    await expect(snippet).toBeHidden();
    await page.locator("summary", { hasText: "Intégrer" }).click();
    await expect(snippet).toBeVisible();
    await expect(snippet).toHaveValue(/^<iframe src="[^"]+\/embeds\/reuses\//);
  });

  test("an English page's snippet frames the English card", async ({ page, sandbox, baseURL }) => {
    const { reuse } = await illustratedReuse(sandbox, "Carte en anglais sans script");
    await page.goto(`/en/reuses/${reuse.slug}`);
    await page.locator("summary", { hasText: "Embed" }).click();
    const snippet = page.getByRole("textbox", { name: "Embed code" });
    await expect(snippet).toHaveValue(
      new RegExp(`^<iframe src="${new URL(`/en/embeds/reuses/${reuse.slug}`, baseURL).href}" title="`),
    );
  });
});

test.describe("the embed card", () => {
  test("is a page of its own, framable by any site, with no script, no site header or footer", async ({
    page,
    sandbox,
    baseURL,
    checkA11y,
  }) => {
    const { reuse } = await illustratedReuse(sandbox, "Carte encadrée");
    const response = await page.goto(`/embeds/reuses/${reuse.slug}`);
    expect(response?.status()).toBe(200);
    const headers = response?.headers() ?? {};
    expect(headers["content-security-policy"]).toContain("frame-ancestors *");
    expect(headers["content-security-policy"]).not.toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"]).toBeUndefined();
    expect(await page.locator("script").count()).toBe(0);
    await expect(page.getByRole("banner")).toHaveCount(0);
    await expect(page.getByRole("contentinfo")).toHaveCount(0);
    const link = page.getByRole("heading", { level: 1 }).getByRole("link");
    await expect(link).toHaveAccessibleName(`${reuse.title} (nouvel onglet)`);
    await expect(link).toHaveAttribute("href", pageUrl(baseURL, reuse));
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(page.getByText("Publiée par Léa Partage")).toBeVisible();
    // The thumbnail (udata's 500 px one), from the upstream host: the card's CSP allows it.
    await expect(page.locator("img")).toHaveAttribute("src", /^http:\/\/.+-500\.png$/);
    // Loaded (the page's load event does not wait for it under load): its CSP let it in.
    await expect.poll(() => page.locator("img").evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1);
    await checkA11y();
  });

  test("in English at /en/embeds: English words, the reuse's title marked French, links to the English page", async ({
    page,
    sandbox,
    baseURL,
    checkA11y,
  }) => {
    const { reuse } = await illustratedReuse(sandbox, "Carte encadrée en anglais");
    const response = await page.goto(`/en/embeds/reuses/${reuse.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveTitle(`${reuse.title} · data.gouv.fr Reuses`);
    expect(await page.locator("script").count()).toBe(0);
    const link = page.getByRole("heading", { level: 1 }).getByRole("link");
    await expect(link).toHaveAccessibleName(`${reuse.title} (new tab)`);
    await expect(link).toHaveAttribute("href", englishPageUrl(baseURL, reuse));
    await expect(link.locator('[lang="fr"]')).toHaveText(reuse.title);
    await expect(page.getByText("Published by Léa Partage")).toBeVisible();
    await expect(page.getByText("data.gouv.fr Reuses", { exact: true })).toBeVisible();
    await expect(page.locator("body")).not.toContainText(/nouvel onglet|Publiée par|Réutilisations data/);
    await checkA11y();
    const unknown = await page.goto("/en/embeds/reuses/aucune-reutilisation-de-ce-nom");
    expect(unknown?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "This reuse cannot be found." })).toBeVisible();
  });

  test("in English, is framable by any site like the French card", async ({ sandbox, baseURL }) => {
    const { reuse } = await illustratedReuse(sandbox, "Carte anglaise encadrable");
    const { status, headers } = await rawGet(baseURL ?? "", `/en/embeds/reuses/${reuse.slug}`);
    expect(status).toBe(200);
    expect(headers["content-security-policy"]).toContain("frame-ancestors *");
    expect(headers["x-frame-options"]).toBeUndefined();
  });

  test("shows inside another site's page, where the reuse's page itself does not", async ({
    page,
    sandbox,
    baseURL,
  }) => {
    const { reuse } = await illustratedReuse(sandbox, "Carte ailleurs");
    const answer = await page.request.get(
      `/oembed?${new URLSearchParams({ url: pageUrl(baseURL, reuse), format: "json" })}`,
    );
    const { html } = (await answer.json()) as { html: string };
    const blocked = `<iframe src="${pageUrl(baseURL, reuse)}" title="page" width="400" height="300"></iframe>`;
    // Another site: a server of its own on this machine (a page Playwright made up would count as a public
    // one, which Chromium's local network checks forbid to frame a local address).
    const other = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        `<!DOCTYPE html><html lang="fr"><title>Autre site</title><body><h1>Blog</h1>${html}${blocked}</body></html>`,
      );
    });
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    try {
      await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
      const card = page.frameLocator(`iframe[src$="/embeds/reuses/${reuse.slug}"]`);
      await expect(card.getByRole("heading", { level: 1 })).toHaveText(`${reuse.title} (nouvel onglet)`);
      await expect(card.getByText("Publiée par Léa Partage")).toBeVisible();
      // The reuse's page keeps frame-ancestors 'none': the browser shows nothing of it.
      const refused = page.frameLocator(`iframe[title="page"]`);
      await expect(refused.getByRole("heading", { level: 1 })).toHaveCount(0);
    } finally {
      other.close();
    }
  });

  test("keeps every other spelling of its path, and every other page, unframable", async ({ sandbox, baseURL }) => {
    const { reuse } = await illustratedReuse(sandbox, "Carte mal écrite");
    const origin = baseURL ?? "";
    expect((await rawGet(origin, `/embeds/reuses/${reuse.slug}`)).headers["content-security-policy"]).toContain(
      "frame-ancestors *",
    );
    for (const path of [
      `/embeds/reuses/${reuse.slug}/`,
      `/%65mbeds/reuses/${reuse.slug}`,
      `/embeds/%72euses/${reuse.slug}`,
      `/embeds/../reuses/${reuse.slug}`,
      `/embeds/reuses/${reuse.slug}/..`,
      `/reuses/${reuse.slug}`,
      "/reuses",
      "/",
    ]) {
      const { status, headers } = await rawGet(origin, path);
      const csp = String(headers["content-security-policy"] ?? "");
      expect(csp, `${path} (HTTP ${status})`).not.toContain("frame-ancestors *");
      if (csp) expect(csp, path).toContain("frame-ancestors 'none'");
      if (status === 200) expect(headers["x-frame-options"], path).toBe("DENY");
    }
  });

  test("answers 404 for an unknown reuse and 410 for a deleted one, as the reuse's page", async ({ page, sandbox }) => {
    const { owner, reuse } = await illustratedReuse(sandbox, "Carte supprimée");
    await sandboxApi(sandbox, "DELETE", `/reuses/${reuse.id}/`, owner.apikey);
    const gone = await page.goto(`/embeds/reuses/${reuse.slug}`);
    expect(gone?.status()).toBe(410);
    await expect(page.getByRole("heading", { name: "Cette réutilisation a été supprimée." })).toBeVisible();
    const unknown = await page.goto("/embeds/reuses/aucune-reutilisation-de-ce-nom");
    expect(unknown?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Cette réutilisation est introuvable." })).toBeVisible();
  });
});

test.describe("oEmbed", () => {
  test("reuse pages name their oEmbed, which describes the card", async ({ page, sandbox, baseURL }) => {
    const { reuse } = await illustratedReuse(sandbox, "Carte découverte");
    await page.goto(`/reuses/${reuse.slug}`);
    const link = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
    await expect(link).toHaveAttribute("title", reuse.title);
    const href = (await link.getAttribute("href")) ?? "";
    expect(new URL(href).searchParams.get("url")).toBe(pageUrl(baseURL, reuse));

    const answer = await page.request.get(href);
    expect(answer.status()).toBe(200);
    expect(answer.headers()["content-type"]).toContain("application/json");
    const body = (await answer.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      type: "rich",
      version: "1.0",
      title: reuse.title,
      provider_name: "Réutilisations data.gouv.fr",
      provider_url: baseURL,
      author_name: "Léa Partage",
      width: 480,
      height: 400,
      thumbnail_width: 500,
      thumbnail_height: 500,
    });
    expect(body.html).toContain(`src="${new URL(`/embeds/reuses/${reuse.slug}`, baseURL).href}"`);
    expect(body.thumbnail_url).toMatch(/^http/);

    const small = await page.request.get(`${href}&maxwidth=320&maxheight=200`);
    expect(await small.json()).toMatchObject({ width: 320, height: 200 });
  });

  test("describes an English reuse page with the English card and English words", async ({
    request,
    sandbox,
    baseURL,
  }) => {
    const { reuse } = await illustratedReuse(sandbox, "Carte découverte en anglais");
    const answer = await request.get(
      `/oembed?${new URLSearchParams({ url: englishPageUrl(baseURL, reuse), format: "json" })}`,
    );
    expect(answer.status()).toBe(200);
    const body = (await answer.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      type: "rich",
      title: reuse.title,
      provider_name: "data.gouv.fr Reuses",
      provider_url: `${baseURL}/en`,
      author_name: "Léa Partage",
      width: 480,
      height: 400,
    });
    expect(body.html).toContain(`src="${new URL(`/en/embeds/reuses/${reuse.slug}`, baseURL).href}"`);
    const unknown = await request.get(
      `/oembed?${new URLSearchParams({ url: new URL("/en/reuses/aucune-reutilisation-de-ce-nom", baseURL).href })}`,
    );
    expect(unknown.status()).toBe(404);
    expect(await unknown.json()).toEqual({ error: "This address is not that of a reuse on this site." });
  });

  test("answers 501 to XML, 400 to a bad URL, 404 to a page that is not a reuse of this site", async ({
    request,
    baseURL,
  }) => {
    const ask = async (query: Record<string, string>) =>
      (await request.get(`/oembed?${new URLSearchParams(query)}`)).status();
    const reuseUrl = new URL("/reuses/une-carte", baseURL).href;
    expect(await ask({ url: reuseUrl, format: "xml" })).toBe(501);
    expect(await ask({ url: "pas une adresse" })).toBe(400);
    expect(await ask({ url: reuseUrl, maxwidth: "large" })).toBe(400);
    expect(await ask({ url: "https://ailleurs.example/reuses/une-carte" })).toBe(404);
    expect(await ask({ url: new URL("/reuses", baseURL).href })).toBe(404);
    expect(await ask({ url: new URL("/reuses/aucune-reutilisation-de-ce-nom", baseURL).href })).toBe(404);
  });
});
