// What a producer does in the create form, step by step, with the keyboard where a person would use it.
import { randomBytes } from "node:crypto";

import { expect, type Page } from "@playwright/test";

/** A word no other reuse has, to find this test's reuse by search: letters only (search matches words). */
export function uniqueWord(prefix: string): string {
  const letters = [...randomBytes(8)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("");
  return `${prefix}${letters}`;
}

export interface DescribeFields {
  title: string;
  description: string;
  url: string;
  tags?: string[];
}

/** Step 1: the fields, typed; the type and topic chosen in their lists. */
export async function fillDescription(page: Page, fields: DescribeFields): Promise<void> {
  await page.getByRole("textbox", { name: "Titre" }).fill(fields.title);
  await page.getByRole("textbox", { name: "Description" }).fill(fields.description);
  await page.getByRole("combobox", { name: "Type" }).selectOption({ label: "Visualisation" });
  await page.getByRole("combobox", { name: "Thématique" }).selectOption({ label: "Transports et mobilité" });
  await page.getByRole("textbox", { name: /Adresse de la réutilisation/ }).fill(fields.url);
  const tags = page.getByRole("textbox", { name: /Mots-clés/ });
  for (const tag of fields.tags ?? []) {
    await tags.fill(tag);
    await tags.press("Enter");
  }
}

/** Step 2: finds a dataset by typing part of its title, chooses the first suggestion with the keyboard. */
export async function pickDataset(page: Page, query: string): Promise<string> {
  const search = page.getByRole("combobox", { name: /Rechercher un jeu de données/ });
  await search.fill(query);
  const first = page.getByRole("listbox", { name: "Jeux de données suggérés" }).getByRole("option").first();
  await expect(first).toBeVisible();
  const title = (await first.locator("span").first().textContent()) ?? "";
  await search.press("ArrowDown");
  await search.press("Enter");
  // Titles repeat in the catalogue: one of the linked datasets has this one.
  await expect(
    page.getByRole("list", { name: "Jeux de données liés" }).getByText(title, { exact: true }).first(),
  ).toBeVisible();
  return title;
}

/** "Suivant" at the end of step 1 or 2, and the next step's heading has the focus. */
export async function nextStep(page: Page, step: 2 | 3): Promise<void> {
  const label = step === 2 ? "Suivant : les jeux de données" : "Suivant : publier";
  await page.getByRole("button", { name: label }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`Étape ${step} sur 3`) })).toBeFocused();
}

/** The id in the edit page's URL, where the create form goes once done. */
export async function createdReuseId(page: Page, created: "published" | "draft"): Promise<string> {
  await expect(page).toHaveURL(new RegExp(`/dashboard/reuses/[0-9a-f]{24}\\?created=${created}$`), { timeout: 30_000 });
  const id = new URL(page.url()).pathname.split("/").at(-1);
  if (!id) throw new Error(`no reuse id in ${page.url()}`);
  return id;
}
