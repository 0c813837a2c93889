import { listParams } from "~/components/dashboard/lists/list-params";
import { REUSE_STATUSES, type ReuseStatus } from "../status";

type SearchParams = Record<string, string | string[] | undefined>;

/** The overview's orders, each with its words in the catalog (`dashboard.overview.sort.<key>`); the first is the default. */
export const OVERVIEW_SORTS = {
  "-last_modified": "lastModified",
  "-created": "created",
  title: "title",
  "-followers": "followers",
  "-views": "views",
} as const;
export type OverviewSort = keyof typeof OVERVIEW_SORTS;

/** `organization=me`: the reuses published in one's own name. */
export const PERSONAL = "me";

export interface OverviewQuery {
  q: string | undefined;
  status: ReuseStatus | undefined;
  /** An organization id, or PERSONAL. */
  organization: string | undefined;
  sort: OverviewSort;
  page: number;
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const isSort = (value: string | undefined): value is OverviewSort =>
  value !== undefined && Object.hasOwn(OVERVIEW_SORTS, value);
const isStatus = (value: string | undefined): value is ReuseStatus =>
  (REUSE_STATUSES as readonly (string | undefined)[]).includes(value);

/** The overview's URL, `/dashboard?q=&status=&organization=&sort=&page=`: anything unknown is left out. */
export function parseOverviewQuery(searchParams: SearchParams): OverviewQuery {
  const { q, page } = listParams(searchParams);
  const status = single(searchParams.status);
  const sort = single(searchParams.sort);
  const organization = single(searchParams.organization)?.trim();
  return {
    q,
    page,
    status: isStatus(status) ? status : undefined,
    organization: organization && /^([0-9a-f]{24}|me)$/i.test(organization) ? organization : undefined,
    sort: isSort(sort) ? sort : "-last_modified",
  };
}

/** The overview's URL for `query`, defaults left out. */
export function overviewHref(query: OverviewQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  if (query.organization) params.set("organization", query.organization);
  if (query.sort !== "-last_modified") params.set("sort", query.sort);
  if (query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `/dashboard?${search}` : "/dashboard";
}
