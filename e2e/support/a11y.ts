// Accessibility check run on every page an e2e test visits: axe-core with the WCAG 2.0/2.1 A and AA rules and
// WCAG 2.2 AA. Any violation fails the test, listed one per line.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const A11Y_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export type A11yOptions = {
  /** check only this part of the page */
  include?: string;
  /** leave these out (say why in the test) */
  exclude?: string[];
};

const MAX_TARGETS = 3;

export async function checkA11y(page: Page, { include, exclude = [] }: A11yOptions = {}): Promise<void> {
  // Next.js streams the metadata: after router.refresh() the new <title> can land a moment after the new body.
  // Wait for it (a page that never gets one still fails here), so axe reads the page as it settles.
  await expect(page, `no <title> on ${page.url()}`).toHaveTitle(/\S/);
  let builder = new AxeBuilder({ page }).withTags(A11Y_TAGS);
  if (include) builder = builder.include(include);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  if (violations.length > 0) {
    await test.info().attach("axe-violations.json", {
      body: JSON.stringify(violations, null, 2),
      contentType: "application/json",
    });
  }
  const readable = violations.map((violation) => {
    const targets = violation.nodes.slice(0, MAX_TARGETS).map((node) => node.target.join(" "));
    const more = violation.nodes.length > MAX_TARGETS ? ` (+${violation.nodes.length - MAX_TARGETS} more)` : "";
    return `${violation.id} [${violation.impact ?? "?"}] ${violation.help}: ${targets.join(", ")}${more}`;
  });
  expect(readable, `accessibility violations on ${page.url()}`).toEqual([]);
}
