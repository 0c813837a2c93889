// What the e2e fault tests share: typing into a form that may still be hydrating, and what they check on a page
// that could not get its data, whatever data.gouv.fr did (the faults are those of scripts/lib/faults-kinds.mjs,
// which scripts/faults.mjs injects too).
import { expect, type Locator, type Page, type Response } from "@playwright/test";

import { type FaultKind } from "../../scripts/lib/faults-kinds.mjs";
import { internalsIn } from "../../scripts/lib/faults-internals.mjs";

/**
 * Fills a field and waits until it holds `value`: a form rendered on the server may still be hydrating, and a
 * fill that races it can land next to the text it meant to replace.
 */
export async function fillField(field: Locator, value: string): Promise<void> {
  await expect(async () => {
    await field.fill(value);
    await expect(field).toHaveValue(value, { timeout: 1_000 });
  }).toPass();
}

/** What `action` gave, and how long it took. */
export async function timed<T>(action: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await action();
  return { result, ms: Date.now() - started };
}

/**
 * The page of `path` answered as the fault calls for: its error status, the French sentence, a retry link back
 * to `path`, and nothing of the server's internals. Resolves with the retry link.
 */
export async function expectFailurePage(
  page: Page,
  answer: Response | null,
  { kind, path, sandboxUrl }: { kind: FaultKind; path: string; sandboxUrl: string },
): Promise<Locator> {
  expect(answer?.status()).toBe(kind.pageStatuses[0]);
  await expect(page.getByRole("heading", { name: "Page momentanément indisponible" })).toBeVisible();
  await expect(page.getByText(kind.message)).toBeVisible();
  const retry = page.getByRole("link", { name: "Réessayer" });
  await expect(retry).toHaveAttribute("href", path);
  expect(internalsIn((await answer?.text()) ?? "", { sandboxUrl })).toEqual([]);
  return retry;
}

/**
 * Whether the fault leaves a page that has no older data to show an error page: "slow 5 s" makes data.gouv.fr
 * answer just when the site stops waiting, and the page may then come whole (in time all the same).
 */
export function errorPageExpected(kind: FaultKind, answer: Response | null): boolean {
  expect(kind.pageStatuses).toContain(answer?.status());
  return answer?.status() !== 200;
}

/**
 * Opens `path` under the fault: when the fault leaves it without data, its error page, checked as above and with
 * axe. Resolves with what brings the page back once data.gouv.fr is back: the retry link, or else a reload.
 */
export async function visitUnderFault(
  page: Page,
  {
    kind,
    path,
    sandboxUrl,
    checkA11y,
  }: { kind: FaultKind; path: string; sandboxUrl: string; checkA11y: () => Promise<void> },
): Promise<() => Promise<unknown>> {
  const answer = await page.goto(path);
  if (!errorPageExpected(kind, answer)) return () => page.reload();
  const retry = await expectFailurePage(page, answer, { kind, path, sandboxUrl });
  await checkA11y();
  return () => retry.click();
}
