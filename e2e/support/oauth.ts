// Signing in with data.gouv.fr in e2e tests, as a person does: the button on /sign-in, the sandbox's consent page
// (an account picker standing in for data.gouv.fr's login, then "Autoriser" or "Refuser"), and back.
import { expect, type Page } from "@playwright/test";

/**
 * How long the sandbox's access tokens live in the e2e (playwright.config.ts): short, so that a test outlives one
 * and the site's refresh is exercised (it renews a token in its last quarter of life).
 */
export const E2E_OAUTH_TOKEN_TTL_S = 20;

/** Opens /sign-in (coming from `from`) and follows "Se connecter avec data.gouv.fr" to the consent page. */
export async function openConsent(page: Page, from = "/dashboard"): Promise<void> {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(from)}`);
  await page.getByRole("button", { name: "Se connecter avec data.gouv.fr" }).click();
  await expect(page).toHaveURL(/\/oauth\/authorize\?/);
}

/** On the consent page: the account whose full name is `fullName`, then "Autoriser" or "Refuser". */
export async function answerConsent(page: Page, fullName: string, answer: "Autoriser" | "Refuser"): Promise<void> {
  await page.locator('select[name="user"]').selectOption({ label: fullName });
  await page.getByRole("button", { name: answer }).click();
}

/** The whole sign-in with data.gouv.fr as `fullName`, ending where the visitor came from. */
export async function signInWithDatagouv(page: Page, fullName: string, from = "/dashboard"): Promise<void> {
  await openConsent(page, from);
  await answerConsent(page, fullName, "Autoriser");
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === from);
}
