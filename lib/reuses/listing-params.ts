// The listing's address and the parameters it reads: plain values, so that the browser's islands can build
// listing URLs without loading the listing's zod schemas (lib/reuses/listing-state.ts).
export const LISTING_PATH = "/reuses";

/** The parameters the listing reads, in the order its URLs write them. */
export const LISTING_PARAMS = [
  "q",
  "type",
  "topic",
  "tag",
  "organization",
  "producer_type",
  "last_update_range",
  "sort",
  "page",
] as const;
