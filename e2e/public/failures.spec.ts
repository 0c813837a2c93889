import { type Page } from "@playwright/test";

import { ANSWER_WITHIN_MS, FAULT_KINDS } from "../../scripts/lib/faults-kinds.mjs";
import { errorPageExpected, expectFailurePage, timed } from "../support/faults";
import { expect, test } from "../fixtures";
import { seedReuse, uniqueTitle } from "./reuse-seed";

// What a visitor sees when data.gouv.fr fails (DESIGN.md, "Upstream failures are expected"), for each fault the
// sandbox can make. Faults apply to every test, so these run alone (@isolated). Each test seeds its own reuses:
// one seen before the fault, then made out of date by a change of its producer, so that the site must ask
// data.gouv.fr again (and fall back on what it showed); one never seen, which has nothing to fall back on.

const DESCRIPTION = "Une carte des arrêts de bus, pour voir ce que montre le site quand data.gouv.fr est en panne.";

/** A change of the producer through the site, as its forms send it: public pages shown before are out of date. */
async function changeThroughSite(page: Page, siteUrl: string, id: string) {
  const answer = await page.request.post("/api/trpc/producerReuses.update?batch=1", {
    headers: { origin: new URL(siteUrl).origin },
    data: { 0: { json: { id, description: `${DESCRIPTION} Mise à jour.` } } },
  });
  expect(answer.status()).toBe(200);
}

test.describe("when data.gouv.fr fails", { tag: "@isolated" }, () => {
  for (const kind of FAULT_KINDS) {
    test(`${kind.name}: a page seen before keeps its content, a page never seen says why, with a retry link`, async ({
      page,
      sandbox,
      signIn,
      baseURL,
      checkA11y,
    }) => {
      const producer = await sandbox.createUser({ first_name: "Paul", last_name: "Panne" });
      const seed = (title: string) =>
        seedReuse(sandbox, producer, { title: uniqueTitle(title), description: DESCRIPTION });
      const [seen, unseen] = await Promise.all([seed("Arrêts vus"), seed("Arrêts jamais vus")]);
      // Signed in, every view is rendered afresh: the front server keeps its copies for visitors without a session.
      await signIn(producer.apikey);
      await page.goto(`/reuses/${seen.slug}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(seen.title);
      await changeThroughSite(page, baseURL ?? "", seen.id);

      await sandbox.setFaults(kind.fault);
      const stale = await timed(() => page.goto(`/reuses/${seen.slug}`));
      expect(stale.result?.status()).toBe(200);
      expect(stale.ms).toBeLessThanOrEqual(ANSWER_WITHIN_MS);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(seen.title);

      const path = `/reuses/${unseen.slug}`;
      const fresh = await timed(() => page.goto(path));
      expect(fresh.ms).toBeLessThanOrEqual(ANSWER_WITHIN_MS);
      if (!errorPageExpected(kind, fresh.result)) return;
      const retry = await expectFailurePage(page, fresh.result, { kind, path, sandboxUrl: sandbox.url });
      await checkA11y();

      // Once data.gouv.fr is back, the link brings the page back.
      await sandbox.clearFaults();
      await retry.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(unseen.title);
    });
  }
});
