/**
 * The lengths the discussion forms accept. udata caps a comment at 50,000 characters (`COMMENT_SIZE_LIMIT`); the
 * title has no cap there, a line is enough here.
 */
export const DISCUSSION_LIMITS = { title: 200, comment: 50_000 } as const;

/** Threads a page of `/reuses/{slug}/discussions` shows; the reuse page shows the first few. */
export const DISCUSSIONS_PAGE_SIZE = 10;
export const DISCUSSIONS_ON_REUSE_PAGE = 3;
