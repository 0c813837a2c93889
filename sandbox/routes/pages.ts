import { type Context, type RouteDefinition } from "../context";
import { type Reply } from "../http";
import { type DatasetRecord, type ReuseRecord } from "../model";
import { datasetPage } from "../pages/dataset";
import { dataservicePage } from "../pages/dataservice";
import { discussionsPage } from "../pages/discussions";
import { NOT_FOUND, type PageContent, gonePage, htmlReply } from "../pages/layout";
import { organizationPage } from "../pages/organization";
import { reusePage } from "../pages/reuse";
import { userPage } from "../pages/user";

/**
 * The human pages behind the `page` URLs the sandbox answers with, where data.gouv.fr has its own: as an
 * anonymous visitor sees them (private objects are not found, deleted ones gone).
 */
interface Hideable {
  private?: boolean;
  deleted: string | null;
}

function pageOf<T extends Hideable>(record: T | undefined, what: string, render: (record: T) => PageContent) {
  if (!record || record.private) return NOT_FOUND;
  if (record.deleted) return gonePage(what);
  return render(record);
}

const WHAT = { reuses: "Réutilisation", datasets: "Jeu de données" } as const;

function discussions(
  ctx: Context,
  kind: keyof typeof WHAT,
  subject: ReuseRecord | DatasetRecord | undefined,
  url: URL,
): PageContent {
  return pageOf(subject, WHAT[kind], (record) =>
    discussionsPage(
      ctx,
      { kind, id: record.id, slug: record.slug, title: record.title },
      url.searchParams.get("discussion_id"),
    ),
  );
}

function route(path: string, page: (params: Record<string, string>, url: URL) => PageContent): RouteDefinition {
  return { method: "GET", path, handler: ({ params, url }): Reply => htmlReply(page(params, url)) };
}

export function pageRoutes(ctx: Context): RouteDefinition[] {
  const { store } = ctx;
  const reuse = (slug: string | undefined) => (slug ? store.reuse(slug) : undefined);
  const dataset = (slug: string | undefined) => (slug ? store.dataset(slug) : undefined);
  return [
    route("/reuses/:slug", ({ slug }) => pageOf(reuse(slug), WHAT.reuses, (record) => reusePage(ctx, record))),
    route("/datasets/:slug", ({ slug }) => pageOf(dataset(slug), WHAT.datasets, (record) => datasetPage(ctx, record))),
    route("/dataservices/:slug", ({ slug }) => {
      const dataservice = slug ? store.dataservice(slug) : undefined;
      const shown = dataservice && { ...dataservice, deleted: dataservice.deleted_at };
      return pageOf(shown, "API", (record) => dataservicePage(ctx, record));
    }),
    route("/organizations/:slug", ({ slug }) =>
      pageOf(slug ? store.organization(slug) : undefined, "Organisation", (record) => organizationPage(ctx, record)),
    ),
    route("/users/:slug", ({ slug }) =>
      pageOf(slug ? store.user(slug) : undefined, "Compte", (record) => userPage(ctx, record)),
    ),
    route("/reuses/:slug/discussions", ({ slug }, url) => discussions(ctx, "reuses", reuse(slug), url)),
    route("/datasets/:slug/discussions", ({ slug }, url) => discussions(ctx, "datasets", dataset(slug), url)),
  ];
}
