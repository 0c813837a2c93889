import type { Page } from "@playwright/test";

import { expect, test } from "../fixtures";

/**
 * A reuse's audience on its page, from data.gouv.fr's metrics service (served by the sandbox on its port): the
 * last 12 months as a chart drawn on the server and a table, as data.gouv.fr shows them.
 */
type Reuse = { id: string; slug: string; title: string; metrics: { views: number } };

/** The n-th most viewed public reuse of the sandbox (each test takes its own: pages are cached). */
async function viewedReuse(sandboxUrl: string, rank: number): Promise<Reuse> {
  const response = await fetch(`${sandboxUrl}/api/1/reuses/?sort=-views&page_size=1&page=${rank}`);
  const [reuse] = ((await response.json()) as { data: Reuse[] }).data;
  if (!reuse) throw new Error("no reuse in the sandbox");
  return reuse;
}

/** The visits of each of the last 12 complete months, as the service counts them ("YYYY-MM" → visits). */
async function serviceMonths(sandboxUrl: string, id: string): Promise<Map<string, number>> {
  const url = `${sandboxUrl}/api/reuses/data/?reuse_id__exact=${id}&metric_month__sort=desc&page_size=12`;
  const rows = ((await (await fetch(url)).json()) as { data: { metric_month: string; monthly_visit: number }[] }).data;
  return new Map(rows.map((row) => [row.metric_month, row.monthly_visit]));
}

const number = (value: number) => new Intl.NumberFormat("fr-FR").format(value);

async function expectTwelveMonths(page: Page, sandboxUrl: string, reuse: Reuse) {
  const audience = page.getByRole("main").getByRole("region", { name: "Audience" });
  await expect(audience.getByText(`${number(reuse.metrics.views)} visites depuis le début du décompte`)).toBeVisible();
  await expect(audience.locator('svg[data-chart="visites-mensuelles"] rect')).toHaveCount(12);
  await audience.getByText("Voir les chiffres en tableau").click();
  const table = audience.getByRole("table", { name: "Visites par mois sur les 12 derniers mois" });
  await expect(table.getByRole("columnheader")).toHaveText(["Mois", "Visites"]);
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(12);
  // The figures are the service's, a month without a row being 0.
  const months = await rows.locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime")));
  const expected = await serviceMonths(sandboxUrl, reuse.id);
  expect([...expected.values()].some((visits) => visits > 0)).toBe(true);
  await expect(rows.locator("td")).toHaveText(months.map((month) => number(expected.get(month ?? "") ?? 0)));
  return audience;
}

test("a reuse's page shows its visits of the last 12 months, as a chart and a table", async ({
  page,
  sandbox,
  checkA11y,
}) => {
  const reuse = await viewedReuse(sandbox.url, 2);
  await page.goto(`/reuses/${reuse.slug}`);
  await expectTwelveMonths(page, sandbox.url, reuse);
  await checkA11y();
});

test.describe("without JavaScript", () => {
  // axe needs JavaScript: the page's accessibility is checked above.
  test.use({ javaScriptEnabled: false });

  test("the chart and its table are there all the same", async ({ page, sandbox }) => {
    const reuse = await viewedReuse(sandbox.url, 3);
    await page.goto(`/reuses/${reuse.slug}`);
    await expectTwelveMonths(page, sandbox.url, reuse);
  });
});

test(
  "without the metrics service, the page works and says the figures are unavailable",
  { tag: "@isolated" },
  async ({ page, sandbox, checkA11y }) => {
    const reuse = await viewedReuse(sandbox.url, 37); // never shown elsewhere: no audience cached for it
    await sandbox.setFaults({ status: 503, pathPrefix: "/api/reuses" });
    const answer = await page.goto(`/reuses/${reuse.slug}`);
    expect(answer?.status()).toBe(200);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText(reuse.title);
    const audience = main.getByRole("region", { name: "Audience" });
    await expect(audience).toContainText("Les chiffres d'audience sont indisponibles pour le moment.");
    await expect(audience.locator("svg, table")).toHaveCount(0);
    await expect(main.getByRole("region", { name: "En chiffres" })).toBeVisible();
    await checkA11y();
  },
);
