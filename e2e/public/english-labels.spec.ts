import type { Page } from "@playwright/test";

import { expect, test } from "../fixtures";
import { cards } from "./listing-helpers";
import { sandboxApi, seedReuse, uniqueTitle } from "./reuse-seed";

// data.gouv.fr's labels (types, topics) come in the page's language, as do dates and numbers.
const LANGUAGES = [
  {
    prefix: "/en",
    intlTag: "en-GB",
    typeLabel: "Type",
    topicLabel: "Topic",
    figures: "Key figures",
    types: ["News Article", "Visualization", "Connected device"],
    topics: ["Transport and mobility", "Economy and business"],
    notTypes: ["Article de presse", "Objet connecté"],
    topicOfReuse: "Transport and mobility",
    // "5 March 2024"; thousands "12,345".
    date: /^\d{1,2} [A-Z][a-z]+ \d{4}$/,
    thousands: /^\d{1,3}(,\d{3})+$/,
  },
  {
    prefix: "",
    intlTag: "fr-FR",
    typeLabel: "Type",
    topicLabel: "Thème",
    figures: "En chiffres",
    types: ["Article de presse", "Visualisation", "Objet connecté"],
    topics: ["Transports et mobilité", "Économie et entreprise"],
    notTypes: ["News Article", "Connected device"],
    topicOfReuse: "Transports et mobilité",
    // "5 mars 2024"; thousands "12 345" (narrow no-break space).
    date: /^\d{1,2} [a-zéû]+ \d{4}$/,
    thousands: /^\d{1,3}(\u202f\d{3})+$/,
  },
] as const;

const optionsOf = (page: Page, label: string) =>
  page.getByRole("main").getByLabel(label, { exact: true }).locator("option").allTextContents();

for (const language of LANGUAGES) {
  test.describe(`labels, dates and numbers on ${language.prefix || "the French"} pages`, () => {
    test("the listing offers the types and topics in the page's language, and writes its counts in it", async ({
      page,
      checkA11y,
    }) => {
      await page.goto(`${language.prefix}/reuses`);
      const types = await optionsOf(page, language.typeLabel);
      for (const type of language.types) expect(types).toContain(type);
      for (const type of language.notTypes) expect(types).not.toContain(type);
      const topics = await optionsOf(page, language.topicLabel);
      for (const topic of language.topics) expect(topics).toContain(topic);
      // Each card's date is written in the page's language.
      const firstDate = await cards(page).first().locator("time").innerText();
      expect(firstDate).toMatch(language.date);
      await checkA11y();

      // Most viewed first: the first card's count of views runs into the thousands.
      await page.goto(`${language.prefix}/reuses?sort=-views`);
      await expect(cards(page).first().locator("strong")).toHaveText(language.thousands);
    });

    test("a reuse's page names its topic and writes its dates in the page's language", async ({
      page,
      sandbox,
      checkA11y,
    }) => {
      const owner = await sandbox.createUser({ first_name: "Ada", last_name: "Langues" });
      const reuse = await seedReuse(sandbox, owner, {
        title: uniqueTitle("Carte bilingue"),
        description: "Une carte des pistes cyclables.",
        type: "visualization",
        topic: "transport_and_mobility",
      });
      const { created_at: created } = await sandboxApi<{ created_at: string }>(sandbox, "GET", `/reuses/${reuse.id}/`);
      const written = new Intl.DateTimeFormat(language.intlTag, { dateStyle: "long", timeZone: "Europe/Paris" });

      await page.goto(`${language.prefix}/reuses/${reuse.slug}`);
      const main = page.getByRole("main");
      await expect(main.getByRole("link", { name: language.topicOfReuse })).toBeVisible();
      const figures = main.getByRole("region", { name: language.figures });
      const published = figures.locator("time").first();
      await expect(published).toHaveText(written.format(new Date(created)));
      await expect(published).toHaveText(language.date);
      await checkA11y();
    });
  });
}
