// What the account specs share: organizations of the sandbox, a test image, and seeding through the sandbox's API.
import { expect, type BrowserContext, type Page } from "@playwright/test";

import { sessionCookie } from "../../support/auth";

export const ADEME = "534fff4ca3a7292c64a77c95";
export const CEREMA = "5c812a16634f416583ed1876";

/** A 1×1 PNG (the sandbox checks images by their magic bytes). */
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/** The status data.gouv.fr (the sandbox) answers `GET /me/` with this key: 200 while it works, 401 after. */
export async function meStatusWith(sandboxUrl: string, apiKey: string): Promise<number> {
  return (await fetch(`${sandboxUrl}/api/1/me/`, { headers: { "X-API-KEY": apiKey } })).status;
}

/**
 * After an action that ends the session with its key: the sign-in page says why (`error`, the alert's `says`), the
 * session cookie is gone, and data.gouv.fr refuses the key.
 */
export async function expectSignedOutWithKeyStopped(
  page: Page,
  context: BrowserContext,
  { error, says, sandboxUrl, apiKey }: { error: string; says: string; sandboxUrl: string; apiKey: string },
): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`/sign-in\\?error=${error}$`));
  await expect(page.getByRole("main").getByRole("alert")).toContainText(says);
  expect(await sessionCookie(context)).toBeUndefined();
  expect(await meStatusWith(sandboxUrl, apiKey)).toBe(401);
}

/** A dataset the key's owner publishes in their own name (`POST /api/1/datasets/`). */
export async function createDataset(sandboxUrl: string, apiKey: string, title: string): Promise<void> {
  const response = await fetch(`${sandboxUrl}/api/1/datasets/`, {
    method: "POST",
    headers: { "X-API-KEY": apiKey, "Content-Type": "application/json" },
    body: JSON.stringify({ title, description: `${title}.` }),
  });
  if (response.status !== 201) throw new Error(`POST /api/1/datasets/: HTTP ${response.status}`);
}
