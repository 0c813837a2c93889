import { type Context } from "../context";
import { type DatasetRecord, type ReuseRecord } from "../model";
import { pagePath } from "../urls";
import { isVisible } from "../visibility";
import { type SafeHtml, html } from "./html";

/** Links between the sandbox's pages: to publishers, and to the public objects a page mentions. */
export interface PageLink {
  href: string;
  text: string;
}

export function fullName(user: { first_name: string; last_name: string }): string {
  return `${user.first_name} ${user.last_name}`;
}

/** The organization or the user who publishes an object, linked to their page. */
export function publisherLink(ctx: Context, record: { organization: string | null; owner: string | null }): SafeHtml {
  const organization = record.organization ? ctx.store.organization(record.organization) : undefined;
  if (organization) return html`<a href="${pagePath("organizations", organization.slug)}">${organization.name}</a>`;
  const owner = record.owner ? ctx.store.user(record.owner) : undefined;
  if (owner) return html`<a href="${pagePath("users", owner.slug)}">${fullName(owner)}</a>`;
  return html`inconnu`;
}

export function userLink(ctx: Context, id: string | null): SafeHtml {
  const user = id ? ctx.store.user(id) : undefined;
  return user ? html`<a href="${pagePath("users", user.slug)}">${fullName(user)}</a>` : html`un compte supprimé`;
}

/** Anyone may open a dataset's page unless it is private or deleted (archived ones included). */
function hasOpenPage(dataset: DatasetRecord): boolean {
  return !dataset.private && !dataset.deleted;
}

export function datasetLinks(datasets: readonly (DatasetRecord | undefined)[]): PageLink[] {
  return datasets
    .filter((dataset): dataset is DatasetRecord => dataset !== undefined && hasOpenPage(dataset))
    .map((dataset) => ({ href: pagePath("datasets", dataset.slug), text: dataset.title }));
}

export function reuseLinks(reuses: readonly ReuseRecord[]): PageLink[] {
  return reuses.filter(isVisible).map((reuse) => ({ href: pagePath("reuses", reuse.slug), text: reuse.title }));
}

/** The first `limit` items, and how many were left out. */
export function firstOf<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}
