// Typing before a page's scripts run: holds the page's scripts back (route interception), so that a test types
// into the server's HTML as a quick person does, then lets them run and checks that nothing typed was lost.
import { expect, type Locator, type Page, type Route } from "@playwright/test";

const SCRIPTS = /\/_next\/static\/.+\.js(\?.*)?$/;

/** Holds every framework script the page asks for from now on; `release` lets them through. */
export async function holdScripts(page: Page): Promise<{ release: () => Promise<void> }> {
  const held: Route[] = [];
  let holding = true;
  await page.route(SCRIPTS, (route) => (holding ? void held.push(route) : route.continue()));
  return {
    release: async () => {
      holding = false;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}

/** Whether React has taken over this element (hydrated it): it then carries React's own properties. */
export async function expectHydrated(field: Locator): Promise<void> {
  await expect
    .poll(() => field.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__react"))), {
      message: "the field is hydrated",
    })
    .toBe(true);
}

/**
 * Opens `path` with its scripts held, lets `type` fill the server's HTML, releases the scripts, waits until
 * `hydrated` (a field of the form) belongs to React and the page is quiet, and gives back control.
 */
export async function typeBeforeHydration(
  page: Page,
  path: string,
  hydrated: (page: Page) => Locator,
  type: () => Promise<void>,
): Promise<void> {
  const scripts = await holdScripts(page);
  // Not "load": that waits for the held scripts.
  await page.goto(path, { waitUntil: "domcontentloaded" });
  await type();
  await scripts.release();
  await expectHydrated(hydrated(page));
  await page.waitForLoadState("networkidle");
}
