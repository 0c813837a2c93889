import { FAULT_KINDS, WRITE_TIMEOUT_MS } from "../../../scripts/lib/faults-kinds.mjs";
import { sandboxApi, seedReuse } from "../../public/reuse-seed";
import { fillField, visitUnderFault } from "../../support/faults";
import { expect, test } from "../../fixtures";
import { createdReuseId, fillDescription, nextStep, pickDataset, uniqueWord } from "./steps";

const DESCRIPTION =
  "Une carte des horaires des transports en commun, pour les tests des pannes de data.gouv.fr pendant la " +
  "publication : rien de ce qui a été tapé ne doit se perdre, et rien ne doit être créé deux fois.";

test.describe("when data.gouv.fr fails during a submit", () => {
  test(
    "the typed text stays, and a retry once data.gouv.fr is back succeeds",
    { tag: "@isolated" },
    async ({ page, sandbox, signIn, checkA11y }) => {
      const user = await sandbox.createUser({ first_name: "Fanny", last_name: "Panne" });
      await signIn(user.apikey);
      const word = uniqueWord("panne");
      const url = `https://exemple.fr/${word}`;
      await page.goto("/dashboard/reuses/new");
      await fillDescription(page, { title: `Carte ${word}`, description: DESCRIPTION, url });
      await nextStep(page, 2);
      await pickDataset(page, "transport");
      await nextStep(page, 3);

      await sandbox.setFaults({ status: 503, pathPrefix: "/reuses/" });
      await page.getByRole("button", { name: "Publier la réutilisation" }).click();
      const alert = page.getByRole("alert").filter({ hasText: "L’envoi n’a pas abouti" });
      await expect(alert).toContainText("data.gouv.fr est indisponible");
      await checkA11y();
      await page.getByRole("button", { name: "Précédent" }).click();
      await page.getByRole("button", { name: "Précédent" }).click();
      await expect(page.getByRole("textbox", { name: "Titre" })).toHaveValue(`Carte ${word}`);
      await expect(page.getByRole("textbox", { name: "Description" })).toHaveValue(DESCRIPTION);
      await expect(page.getByRole("textbox", { name: /Adresse/ })).toHaveValue(url);

      await sandbox.clearFaults();
      await nextStep(page, 2);
      await nextStep(page, 3);
      await page.getByRole("button", { name: "Publier la réutilisation" }).click();
      const id = await createdReuseId(page, "published");
      const mine = await sandboxApi<{ id: string; url: string; private: boolean }[]>(
        sandbox,
        "GET",
        "/me/reuses/",
        user.apikey,
      );
      expect(mine.filter((reuse) => reuse.url === url)).toEqual([expect.objectContaining({ id, private: false })]);
    },
  );

  test(
    "a create that times out is looked for by its url before the retry: no duplicate",
    { tag: "@isolated" },
    async ({ page, sandbox, signIn }) => {
      test.setTimeout(90_000);
      const user = await sandbox.createUser({ first_name: "Tim", last_name: "Délai" });
      await signIn(user.apikey);
      const word = uniqueWord("lente");
      const url = `https://exemple.fr/${word}`;
      await page.goto("/dashboard/reuses/new");
      await fillDescription(page, { title: `Carte ${word}`, description: DESCRIPTION, url });
      await nextStep(page, 2);
      await nextStep(page, 3);

      // data.gouv.fr takes longer than the site waits (10 s for a write), and creates the reuse all the same.
      await sandbox.setFaults({ latencyMs: 12_000, pathPrefix: "/reuses/" });
      await page.getByRole("button", { name: "Publier la réutilisation" }).click();
      const alert = page.getByRole("alert").filter({ hasText: "L’envoi n’a pas abouti" });
      await expect(alert).toContainText("pour ne jamais la créer deux fois", { timeout: 20_000 });
      await sandbox.clearFaults();
      const created = async () =>
        (await sandboxApi<{ url: string }[]>(sandbox, "GET", "/me/reuses/", user.apikey)).filter(
          (reuse) => reuse.url === url,
        ).length;
      await expect.poll(created, { timeout: 15_000 }).toBe(1);

      await page.getByRole("button", { name: "Publier la réutilisation" }).click();
      await createdReuseId(page, "published");
      expect(await created()).toBe(1);
      const checks = (await sandbox.requests()).filter((request) => request.path.startsWith("/api/1/me/"));
      expect(checks.length).toBeGreaterThan(0);
    },
  );
});

// For each fault the sandbox can make: editing a reuse says why it failed and keeps what was typed (or saves, when
// data.gouv.fr is only slow), and the list of one's reuses, which cannot be read, says why with a retry link.
test.describe("managing a reuse when data.gouv.fr fails", { tag: "@isolated" }, () => {
  for (const kind of FAULT_KINDS) {
    test(`${kind.name}: editing keeps what was typed; the list of reuses says why, with a retry link`, async ({
      page,
      sandbox,
      signIn,
      checkA11y,
    }) => {
      const user = await sandbox.createUser({ first_name: "Edith", last_name: "Panne" });
      const reuse = await seedReuse(sandbox, user, { title: `Carte ${uniqueWord("avant")}`, description: DESCRIPTION });
      await signIn(user.apikey);
      await page.goto(`/dashboard/reuses/${reuse.id}`);
      const title = `Carte ${uniqueWord("apres")}`;
      const description = `${DESCRIPTION} Modifiée pendant la panne.`;
      await fillField(page.getByRole("textbox", { name: "Titre" }), title);
      await fillField(page.getByRole("textbox", { name: "Description" }), description);

      await sandbox.setFaults(kind.fault);
      await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
      // A write waits up to its timeout for data.gouv.fr (a hang), then says so.
      const within = { timeout: WRITE_TIMEOUT_MS + 5_000 };
      if (kind.write === "saved") {
        await expect(page.getByRole("status").filter({ hasText: "Les modifications sont enregistrées." })).toBeVisible(
          within,
        );
      } else {
        const alert = page.getByRole("alert").filter({ hasText: "L’envoi n’a pas abouti" });
        await expect(alert).toContainText(kind.message, within);
        await expect(page.getByRole("textbox", { name: "Titre" })).toHaveValue(title);
        await expect(page.getByRole("textbox", { name: "Description" })).toHaveValue(description);
        await checkA11y();
      }

      const comeBack = await visitUnderFault(page, { kind, path: "/dashboard", sandboxUrl: sandbox.url, checkA11y });
      await sandbox.clearFaults();
      const stored = await sandboxApi<{ title: string }>(sandbox, "GET", `/reuses/${reuse.id}/`, user.apikey);
      expect(stored.title).toBe(kind.write === "saved" ? title : reuse.title);

      // Once data.gouv.fr is back, the link brings the list back, with what data.gouv.fr holds.
      await comeBack();
      await expect(page.getByRole("link", { name: stored.title, exact: true })).toBeVisible();
    });
  }
});
