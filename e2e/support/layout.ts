// What the e2e tests check of a page's layout.
import type { Page } from "@playwright/test";

/** By how many pixels the page is wider than its viewport (0: nothing scrolls sideways). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return Math.max(0, root.scrollWidth - root.clientWidth);
  });
}
