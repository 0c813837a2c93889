// What the listing's e2e tests read off a page: the cards' type and topic, producer, counters; the result count.
import { expect, type Page } from "@playwright/test";

/** The result cards of the page. */
export const cards = (page: Page) => page.getByRole("main").getByRole("article");

/** Each card's first line, "Application · Santé", as [type, topic]. */
export async function cardKinds(page: Page): Promise<[string, string][]> {
  const firstLines = await cards(page).evaluateAll((articles) =>
    articles.map((article) => article.querySelector("p")?.textContent ?? ""),
  );
  return firstLines.map((line) => {
    const [type = "", topic = ""] = line.split(" · ");
    return [type.trim(), topic.trim()];
  });
}

/** The number in "1 234 réutilisations" (0 for "Aucune réutilisation"). */
export async function resultCount(page: Page): Promise<number> {
  const heading = page.getByRole("heading", { level: 2, name: /réutilisations?$/ });
  const text = await heading.innerText();
  return Number(text.replace(/\D/g, "") || "0");
}

/** The cards' titles, in order. */
export const cardTitles = (page: Page) => cards(page).getByRole("heading", { level: 3 }).allInnerTexts();

/** The counter each card shows for the sort ("1 234 vues" → 1234). */
export async function cardCounters(page: Page, unit: RegExp): Promise<number[]> {
  const footers = await cards(page).evaluateAll((articles) =>
    articles.map((article) => [...article.querySelectorAll("p")].at(-1)?.textContent ?? ""),
  );
  return footers.map((footer) => {
    const match = footer.match(new RegExp(`([\\d\\s\\u202f]+) ${unit.source}`));
    expect(match, `a counter in "${footer}"`).not.toBeNull();
    return Number((match?.[1] ?? "").replace(/\D/g, ""));
  });
}

/** The page's <meta>/<link> SEO tags. */
export async function seoTags(page: Page) {
  return page.evaluate(() => {
    const meta = (selector: string) => document.head.querySelector(selector)?.getAttribute("content") ?? null;
    return {
      title: document.title,
      description: meta('meta[name="description"]'),
      robots: meta('meta[name="robots"]'),
      canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null,
      ogTitle: meta('meta[property="og:title"]'),
      ogImage: meta('meta[property="og:image"]'),
      ogUrl: meta('meta[property="og:url"]'),
      twitterCard: meta('meta[name="twitter:card"]'),
      twitterImage: meta('meta[name="twitter:image"]'),
    };
  });
}

/**
 * The search field named `name`, once a person is there: anonymous public pages load their JavaScript at the first
 * move of the pointer (server/http/deferred-hydration.ts); the field becomes a combobox then.
 */
export async function suggestionBox(page: Page, name: string) {
  await page.mouse.move(10, 10);
  // Exact: the organization field's name is part of another field's ("Type d’organisation", a select).
  const box = page.getByRole("combobox", { name, exact: true });
  await expect(box).toBeVisible();
  return box;
}
