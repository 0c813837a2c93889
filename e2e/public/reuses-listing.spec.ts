import { expect, test } from "../fixtures";

test.describe("the reuse listing", () => {
  test("a visitor goes from the home page to the newest reuses, then to page 2", async ({ page, checkA11y }) => {
    await page.goto("/");
    await checkA11y();
    await page.getByRole("link", { name: "Parcourir les réutilisations" }).click();

    await expect(page).toHaveURL(/\/reuses$/);
    await expect(page.getByRole("heading", { level: 1, name: "Toutes les réutilisations" })).toBeVisible();
    const titles = page.getByRole("main").getByRole("heading", { level: 3 });
    await expect(titles).toHaveCount(20);
    const firstPage = await titles.allTextContents();
    await checkA11y();

    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Page 2" }).click();
    await expect(page).toHaveURL(/\/reuses\?page=2$/);
    await expect(page.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
    await expect(titles).toHaveCount(20);
    const secondPage = await titles.allTextContents();
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
    await checkA11y();
  });

  test("the titles are in the HTML the server sends, with no client-side fetching", async ({ page, request }) => {
    const html = await (await request.get("/reuses")).text();
    const trpcCalls: string[] = [];
    page.on("request", (sent) => {
      if (sent.url().includes("/api/trpc")) trpcCalls.push(sent.url());
    });
    await page.goto("/reuses");
    const titles = await page.getByRole("main").getByRole("heading", { level: 3 }).allTextContents();

    expect(titles).toHaveLength(20);
    for (const title of titles) expect(html).toContain(escapeHtml(title));
    expect(trpcCalls).toEqual([]);
  });

  test("each card links to its reuse and shows its type, producer and date", async ({ page }) => {
    await page.goto("/reuses");
    const card = page.getByRole("main").getByRole("article").first();
    await expect(card.getByRole("link")).toHaveAttribute("href", /^\/reuses\/[a-z0-9-]+$/);
    await expect(card.getByText(/^Publiée le \d{1,2} \S+ \d{4}$/)).toBeVisible();
    await expect(card.locator("p").first()).not.toBeEmpty();
  });
});

/** React escapes these in text; the rest of a title appears as is. */
function escapeHtml(text: string) {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll("'", "&#x27;")
    .replaceAll('"', "&quot;");
}
