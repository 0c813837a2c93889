import { readFile } from "node:fs/promises";

import { expect, test } from "../../fixtures";

/** A reuse's monthly visits in the dashboard, and all of mine: chart, table and CSV download. */
const PRODUCER_KEY = "sandbox-key-producer";

type MyReuse = { id: string; slug: string; title: string; deleted: string | null; metrics: { views: number } };

async function myMostViewedReuse(sandboxUrl: string): Promise<MyReuse> {
  const response = await fetch(`${sandboxUrl}/api/1/me/reuses/`, { headers: { "X-API-KEY": PRODUCER_KEY } });
  const reuses = ((await response.json()) as MyReuse[]).filter((reuse) => !reuse.deleted);
  const [reuse] = reuses.sort((a, b) => b.metrics.views - a.metrics.views);
  if (!reuse || reuse.metrics.views === 0) throw new Error("the demo producer has no viewed reuse");
  return reuse;
}

test("a reuse's audience: reached from its page, a monthly chart and table, and every month as CSV", async ({
  page,
  context,
  sandbox,
  signIn,
  leakScan,
  checkA11y,
}) => {
  const reuse = await myMostViewedReuse(sandbox.url);
  await signIn(PRODUCER_KEY);
  await page.goto(`/dashboard/reuses/${reuse.id}`);
  await page.getByRole("link", { name: "Audience", exact: true }).click();
  await expect(page).toHaveURL(`/dashboard/reuses/${reuse.id}/audience`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Audience de « ${reuse.title} »`);
  // Drawn in the browser by recharts, hidden from screen readers, with the figures in a table.
  await expect(page.locator('[data-chart="visites-mensuelles"] .recharts-bar-rectangle').first()).toBeVisible();
  const table = page.getByRole("table", { name: `Visites de « ${reuse.title} » par mois, sur les 12 derniers mois` });
  await expect(table.locator("tbody tr")).toHaveCount(12);
  await checkA11y();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger tous les mois (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`visites-mensuelles-${reuse.slug}.csv`);
  const [header, ...lines] = (await readFile(await file.path(), "utf8")).split("\n");
  expect(header).toBe("__id,reuse_id,metric_month,monthly_visit");
  expect(lines.every((line) => line.split(",")[1] === reuse.id)).toBe(true);
  // Every month since visits are counted: they add up to the reuse's views.
  expect(lines.reduce((sum, line) => sum + Number(line.split(",")[3]), 0)).toBe(reuse.metrics.views);
  await leakScan.expectNoLeakOf(PRODUCER_KEY, context);
});

test("all of my reuses' visits month by month on the statistics page, and as CSV", async ({
  page,
  context,
  sandbox,
  signIn,
  leakScan,
  checkA11y,
}) => {
  const reuse = await myMostViewedReuse(sandbox.url);
  await signIn(PRODUCER_KEY);
  await page.goto("/dashboard/metrics");
  const audience = page.getByRole("region", { name: "Visites mois par mois" });
  const table = audience.getByRole("table", { name: "Visites de toutes vos réutilisations par mois" });
  await expect(table.locator("tbody tr")).toHaveCount(12);
  await checkA11y();

  const download = page.waitForEvent("download");
  await audience.getByRole("link", { name: "Télécharger les visites de chaque réutilisation (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("visites-mensuelles-mes-reutilisations.csv");
  const text = await readFile(await file.path(), "utf8");
  const [header, ...lines] = text.trimEnd().split("\n");
  expect(header).toBe("reuse_title,reuse_id,month,monthly_visit");
  // 12 months of each live reuse, the table's totals being their sums.
  expect(lines.filter((line) => line.includes(`,${reuse.id},`))).toHaveLength(12);
  const totals = await table.locator("tbody td").allTextContents();
  const csvTotal = lines.reduce((sum, line) => sum + Number(line.split(",").at(-1)), 0);
  expect(totals.reduce((sum, cell) => sum + Number(cell.replace(/\D/g, "")), 0)).toBe(csvTotal);
  await leakScan.expectNoLeakOf(PRODUCER_KEY, context);
});

test(
  "without the metrics service, the statistics page works and says the monthly figures are unavailable",
  {
    tag: "@isolated",
  },
  async ({ page, sandbox, signIn, checkA11y }) => {
    await signIn(PRODUCER_KEY);
    await sandbox.setFaults({ status: 503, pathPrefix: "/api/reuses" });
    await page.goto("/dashboard/metrics");
    const monthly = page.getByRole("region", { name: "Visites mois par mois" });
    await expect(monthly).toContainText("Les chiffres d'audience sont indisponibles pour le moment.");
    await expect(monthly.getByRole("table")).toHaveCount(0);
    // The rest comes from data.gouv.fr's API, up: the cards and the reuses by views.
    await expect(page.getByRole("region", { name: "Chiffres clés" }).getByRole("definition").first()).toHaveText("2");
    const byViews = page.getByRole("region", { name: "Audience de mes réutilisations" });
    await expect(byViews.getByRole("table")).toHaveCount(1);
    await checkA11y();
  },
);
