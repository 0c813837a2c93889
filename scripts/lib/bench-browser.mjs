// What a browser gets of a page, for `npm run bench`: the JavaScript it downloads on load and once the page is
// used (a click into its first form field), the HTML; and Lighthouse's scores. Debian's Chromium, as the e2e tests.
import { gzipSync } from "node:zlib";

import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

import { CHROMIUM_ARGS, findChromium } from "../chromium.mjs";

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Sums the gzip -9 size of every script the page downloads from now on. */
function scriptBytes(page) {
  const sizes = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    sizes.push(response.body().then(gzipSize, () => 0));
  });
  return async () => (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
}

/** What a person does first with a page: click into its first form field, or else scroll to its end. */
async function firstInteraction(page) {
  const field = page.locator("main input:visible, main select:visible").first();
  if ((await field.count()) > 0) await field.click();
  else await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // Whatever that starts has a second and a half to arrive.
  await page.waitForTimeout(1_500);
  await page.waitForLoadState("networkidle");
}

/**
 * For each path: `{html, js, jsOnUse}` in bytes of gzip -9: the document, the scripts downloaded on load, and the
 * scripts downloaded in all once the page is used (see `firstInteraction`).
 */
export async function pageWeights(origin, paths) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const weights = {};
    for (const path of paths) {
      const page = await browser.newPage();
      const total = scriptBytes(page);
      const response = await page.goto(new URL(path, origin).href, { waitUntil: "networkidle" });
      if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
      const html = gzipSize(await response.body());
      const js = await total();
      await firstInteraction(page);
      weights[path] = { html, js, jsOnUse: await total() };
      await page.close();
    }
    return weights;
  } finally {
    await browser.close();
  }
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** Lighthouse's scores (0–100) of `url` with its default settings: a mid-range phone on a slow 4G network. */
export async function lighthouseScores(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: "error", onlyCategories: CATEGORIES });
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
    const failing = Object.values(lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
      .map((audit) => audit.id);
    return { scores, failing, lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0) };
  } finally {
    chrome.kill();
  }
}
