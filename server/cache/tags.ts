// No `import "server-only"`: the front server tags the pages it keeps with the same words.
/**
 * The cache tags of public data, one vocabulary for both caches (upstream answers in server/cache, pages in the
 * front server): a producer's write invalidates tags, and whatever was cached with one of them before is served
 * no more. Precise where it is cheap (a reuse's own tags reach every page and answer that shows it), broad where a
 * write changes which reuses a list holds (every listing then, as counts and pages shift).
 */
export const TAGS = {
  /** Every page and answer that shows the reuse: by id and by slug (pages link it by slug, some by id). */
  reuse: (idOrSlug: string) => `reuse:${idOrSlug}`,
  /** Every listing (the pages `/reuses?…`, their answers, counts and suggestions): their members may change. */
  listings: "listings",
  /** Listings whose order or filter follows an edit: a text search, the last-update sort or filter. */
  changingListings: "listings:changing",
  home: "home",
  feed: "feed",
  sitemap: "sitemap",
  /** A producer's other reuses, beside each of them: an organization's pages link to its listing. */
  organization: (id: string) => `organization:${id}`,
  owner: (id: string) => `owner:${id}`,
  /** The badge kinds the instance lists (a day-long answer): a badge of a new kind is shown at once. */
  badgeKinds: "badge-kinds",
  /** Every reuse page (and its followers' page): for a write that cannot tell what it changed. */
  reusePages: "reuse-pages",
} as const;

/** What a write changes, as far as visitors see. */
export type WriteEffect =
  /** What a card and a page show, but not which lists hold the reuse: title, description, URL, image. */
  | "content"
  /** Which lists hold it, or where: publishing, hiding, deleting, restoring; its type, topic, tags, datasets… */
  | "membership";

/** A reuse as the public sees it before or after a write (undefined: unknown, or not there). */
export interface ReuseState {
  id: string;
  slug: string;
  private: boolean;
  deleted: boolean;
  organization?: string;
  owner?: string;
}

const isPublic = (state: ReuseState | undefined): state is ReuseState =>
  state !== undefined && !state.private && !state.deleted;

/**
 * The tags a write invalidates, from the reuse before and after it. A reuse that is private (a draft) or deleted
 * both before and after is seen by nobody but its producers, whose pages are never cached: nothing public changes.
 */
export function writeTags(before: ReuseState | undefined, after: ReuseState | undefined, effect: WriteEffect) {
  const seen = [before, after].filter(isPublic);
  if (seen.length === 0) return [];
  // Published or hidden by this write: lists gain or lose it, whatever else changed.
  const membership = effect === "membership" || seen.length === 1;
  const tags = new Set<string>();
  for (const state of seen) {
    tags.add(TAGS.reuse(state.id)).add(TAGS.reuse(state.slug));
    if (!membership) continue;
    if (state.organization) tags.add(TAGS.organization(state.organization));
    // A person's other reuses, beside each of them, come from the browser (reuse.moreFromProducer, tagged by its
    // owner): their pages do not show them, nor link to the person here.
    if (state.owner) tags.add(TAGS.owner(state.owner));
  }
  // An edit moves the reuse up the last-update sort, and may change what a search finds.
  tags.add(TAGS.changingListings);
  if (membership) for (const tag of [TAGS.listings, TAGS.home, TAGS.feed, TAGS.sitemap]) tags.add(tag);
  return [...tags];
}

/** Listing parameters whose answer an edit of a reuse may change (beyond the cards of the reuses it holds). */
const CHANGING_PARAMS = ["q", "last_update_range"];
const CHANGING_SORTS = /last_(?:modified|update)/;

/** Whether a listing's query (or input) is a search, or follows last updates. */
function isChangingListing(params: Readonly<Record<string, unknown>>): boolean {
  return CHANGING_PARAMS.some((name) => params[name]) || CHANGING_SORTS.test(String(params.sort ?? ""));
}

/** The reuses an upstream answer holds (`data` of a list, or the reuse itself), by id and slug. */
function reusesIn(value: unknown): string[] {
  if (typeof value !== "object" || value === null) return [];
  const items = "data" in value && Array.isArray(value.data) ? (value.data as unknown[]) : [value];
  return items.flatMap((item) => {
    if (typeof item !== "object" || item === null) return [];
    const { id, slug } = item as { id?: unknown; slug?: unknown };
    return [id, slug].filter((part): part is string => typeof part === "string").map(TAGS.reuse);
  });
}

const asRecord = (input: unknown): Readonly<Record<string, unknown>> =>
  typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};

/** The names under which public procedures read through the shared cache (`publicRead`): one per kind of answer. */
export type PublicReadName =
  | "reuses.list"
  | "reuses.count"
  | "reuses.suggest"
  | "reuses.get"
  | "reuses.followers"
  | "reuses.discussions"
  | "reuses.byProducer"
  | "reuses.types"
  | "reuses.topics"
  | "reuses.badges"
  | "seo.sitemapPage"
  | "seo.feed"
  | "organizations.suggest"
  | "organizations.name"
  | "datasets.suggest"
  | "dataservices.suggest"
  | "reports.reasons";

/**
 * The tags of an upstream answer, by the procedure that read it (server/api/routers), its input and the answer.
 * Answers that no write of a reuse changes (types, topics, organizations, datasets, APIs) have none.
 */
export function answerTags(procedure: PublicReadName, input: unknown, value: unknown): string[] {
  const params = asRecord(input);
  const shown = reusesIn(value);
  const str = (name: string) => (typeof params[name] === "string" ? params[name] : "");
  switch (procedure) {
    case "reuses.list":
      return [TAGS.listings, ...(isChangingListing(params) ? [TAGS.changingListings] : []), ...shown];
    case "reuses.count":
      return [TAGS.listings];
    case "reuses.suggest":
      return [TAGS.listings, TAGS.changingListings, ...shown];
    case "reuses.get":
      return [TAGS.reuse(str("slug")), ...shown];
    case "reuses.followers":
    case "reuses.discussions":
      return [TAGS.reuse(str("id"))];
    case "reuses.byProducer":
      return [str("kind") === "organization" ? TAGS.organization(str("id")) : TAGS.owner(str("id")), ...shown];
    case "seo.sitemapPage":
      return [TAGS.sitemap, ...shown];
    case "seo.feed":
      return [TAGS.feed, ...shown];
    case "reuses.badges":
      return [TAGS.badgeKinds];
    default:
      return [];
  }
}

/** `/reuses/{slug}` anywhere in a page (links, the RSC payload, a sitemap's or feed's absolute URLs). */
const REUSE_LINK = /\/reuses\/([\w-]+)/g;
/** A link to an organization's listing (`?organization=…`, or `&amp;organization=…` in HTML). */
const ORGANIZATION_LINK = /[?&;]organization=([\da-f]{24})\b/g;

/**
 * The tags of a public page, from its cache key (its path and the parameters it reads) and what it shows: the
 * reuses it links to, the organizations whose listing it links to (a reuse page does, for its producer), and its
 * kind.
 */
export function pageTags(key: string, body: string): string[] {
  const url = new URL(`http://localhost${key}`);
  const tags = new Set<string>();
  for (const [, slug] of body.matchAll(REUSE_LINK)) if (slug) tags.add(TAGS.reuse(slug));
  for (const [, id] of body.matchAll(ORGANIZATION_LINK)) if (id) tags.add(TAGS.organization(id));
  const [, first, second, third] = url.pathname.split("/");
  if (url.pathname === "/") tags.add(TAGS.home);
  else if (url.pathname === "/reuses/feed.xml") tags.add(TAGS.feed);
  else if (/^\/sitemap/.test(url.pathname)) tags.add(TAGS.sitemap);
  else if (first === "reuses" && second === undefined) {
    tags.add(TAGS.listings);
    if (isChangingListing(Object.fromEntries(url.searchParams))) tags.add(TAGS.changingListings);
  } else if (first === "reuses" && second) {
    tags.add(TAGS.reuse(decodeURIComponent(second))).add(TAGS.reusePages);
  } else if (first === "embeds" && second === "reuses" && third) {
    // A reuse's embed card: a reuse page in small (the same data), even when it says the reuse is gone.
    tags.add(TAGS.reuse(decodeURIComponent(third))).add(TAGS.reusePages);
  }
  return [...tags];
}

/**
 * The header by which a write's answer tells the front server (server/http) what it invalidated, so that its page
 * cache drops those pages before the producer sees the answer. The front server removes it from the answer.
 */
export const INVALIDATION_HEADER = "x-cache-invalidation";

export interface Invalidation {
  at: number;
  tags: string[];
}

/** `<at> <tag> <tag>…` (tags have no spaces or commas; several writes of a batch are joined with commas). */
export function encodeInvalidation({ at, tags }: Invalidation): string {
  return [String(at), ...tags].join(" ");
}

export function decodeInvalidations(header: string): Invalidation[] {
  return header.split(",").flatMap((part) => {
    const [at, ...tags] = part.trim().split(" ");
    const time = Number(at);
    return Number.isFinite(time) && tags.length > 0 ? [{ at: time, tags }] : [];
  });
}
