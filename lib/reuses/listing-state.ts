import { z } from "zod";

import { tagSlug } from "./tag-slug";
import {
  LAST_UPDATE_RANGES,
  PRODUCER_TYPES,
  REUSE_TOPICS,
  REUSE_TYPES,
  SEARCH_RESULT_WINDOW,
  objectIdSchema,
  type LastUpdateRange,
  type ProducerType,
  type ReuseTopic,
  type ReuseType,
  OBJECT_ID_PATTERN,
} from "~/lib/udata/vocabulary";

/** Reuses shown on a page of the public listing. */
export const REUSES_PAGE_SIZE = 20;

/** udata's search stops at its 10,000th result: later pages are refused without asking. */
const MAX_PAGE = SEARCH_RESULT_WINDOW / REUSES_PAGE_SIZE;
export const MAX_TAGS = 10;
const MAX_QUERY = 200;

/**
 * The orders the listing offers, as udata's search sort keys (it has no title or last-modified order). Without
 * `sort`: newest first, or by relevance when there is a query (udata's own order for a search).
 */
export const LISTING_SORTS = ["-created", "-followers", "-views", "-datasets"] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];

/** Types and topics a filter may name: udata's lists may hold others, which cannot be asked for. */
export const FILTERABLE_TYPES: ReadonlySet<string> = new Set(REUSE_TYPES);
export const FILTERABLE_TOPICS: ReadonlySet<string> = new Set(REUSE_TOPICS);

const tagSchema = z.string().trim().min(1).max(96);

/** `reuses.list`: what a caller may ask, checked before any upstream call (a bad value is a BAD_REQUEST). */
export const reuseListInput = z.object({
  page: z.number().int().min(1).max(MAX_PAGE).default(1),
  q: z.string().trim().min(1).max(MAX_QUERY).optional(),
  type: z.enum(REUSE_TYPES).optional(),
  topic: z.enum(REUSE_TOPICS).optional(),
  tag: z.array(tagSchema).min(1).max(MAX_TAGS).optional(),
  organization: objectIdSchema.optional(),
  producer_type: z.enum(PRODUCER_TYPES).optional(),
  last_update_range: z.enum(LAST_UPDATE_RANGES).optional(),
  sort: z.enum(LISTING_SORTS).optional(),
  featured: z.literal(true).optional(),
  /** Fewer than a page, for the home page's sections. */
  size: z.number().int().min(1).max(REUSES_PAGE_SIZE).default(REUSES_PAGE_SIZE),
});
export type ReuseListInput = z.input<typeof reuseListInput>;

/** Suggestions as one types: from 2 characters, a few of them. */
export const SUGGESTIONS = 6;
export const suggestInput = z.object({ q: z.string().trim().min(2).max(100) });

/**
 * Everything the listing's URL says: the contract `q`, `type`, `topic`, `tag` (repeated), `organization`,
 * `producer_type`, `last_update_range`, `sort`, `page`.
 */
export interface ListingState {
  q?: string;
  type?: ReuseType;
  topic?: ReuseTopic;
  tags: string[];
  /** An organization id. */
  organization?: string;
  producerType?: ProducerType;
  lastUpdateRange?: LastUpdateRange;
  /** Absent: the default order (see LISTING_SORTS). */
  sort?: ListingSort;
  page: number;
}

export type SearchParams = Record<string, string | string[] | undefined>;

export interface ParsedListing {
  state: ListingState;
  /** A page number beyond MAX_PAGE: a 404, with no upstream call. */
  beyondMaxPage: boolean;
}

const values = (param: string | string[] | undefined) => (param === undefined ? [] : [param].flat());
const first = (param: string | string[] | undefined) => values(param)[0]?.trim() ?? "";
const oneOf = <T extends string>(list: readonly T[], value: string) => list.find((item) => item === value);

/**
 * The listing's state from its URL. Lenient: a value that cannot be used (unknown type or topic, a sort the
 * search does not have — `title` and `-last_modified` of older URLs included —, an
 * organization that is not an ObjectId, a page that is not a number ≥ 1) is left out, as if absent, so that
 * no URL can make the page fail or reach udata with it. A too long query is cut, tags are written as udata
 * writes them (slugs) and those beyond MAX_TAGS dropped.
 */
export function parseListingState(params: SearchParams): ParsedListing {
  const q = first(params.q).slice(0, MAX_QUERY).trim() || undefined;
  const tags = [...new Set(values(params.tag).flatMap((tag) => tagSchema.safeParse(tagSlug(tag)).data ?? []))];
  const organization = first(params.organization).toLowerCase();
  const sort = oneOf(LISTING_SORTS, first(params.sort));
  const page = /^\d{1,9}$/.test(first(params.page)) ? Number(first(params.page)) : 1;
  return {
    state: {
      q,
      type: oneOf(REUSE_TYPES, first(params.type)),
      topic: oneOf(REUSE_TOPICS, first(params.topic)),
      tags: tags.slice(0, MAX_TAGS),
      organization: OBJECT_ID_PATTERN.test(organization) ? organization : undefined,
      producerType: oneOf(PRODUCER_TYPES, first(params.producer_type)),
      lastUpdateRange: oneOf(LAST_UPDATE_RANGES, first(params.last_update_range)),
      // Newest first is the default without a query: it has no URL of its own.
      sort: sort === "-created" && !q ? undefined : sort,
      page: Math.min(Math.max(page, 1), MAX_PAGE),
    },
    beyondMaxPage: page > MAX_PAGE,
  };
}

/** What `reuses.list` is asked for a state. */
export function listInputOf(state: ListingState): ReuseListInput {
  return {
    page: state.page,
    q: state.q,
    type: state.type,
    topic: state.topic,
    tag: state.tags.length > 0 ? state.tags : undefined,
    organization: state.organization,
    producer_type: state.producerType,
    last_update_range: state.lastUpdateRange,
    sort: state.sort,
  };
}

export { tagSlug };

export interface ListingLabels {
  types: ReadonlyMap<string, string>;
  topics: ReadonlyMap<string, string>;
  /** The name of the organization filtered on, when known. */
  organizationName?: string;
}
