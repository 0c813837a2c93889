/**
 * The most calls one tRPC request may carry: the producer area's client splits its batches at this size, and the
 * server refuses bigger ones (400) before calling anything, so one request cannot make hundreds of upstream calls.
 */
export const MAX_BATCH_SIZE = 10;
