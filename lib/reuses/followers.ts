/** How many followers a page lists, on the public followers page and on the producer's (udata's `page_size`). */
export const FOLLOWERS_PAGE_SIZE = 20;
