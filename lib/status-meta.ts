/**
 * Next.js pages cannot choose their HTTP status beyond 404. A page that must answer 410 or 503 renders this
 * <meta> (see components/http-status.tsx) and the front server sends the page with that status.
 */
export const STATUS_META_NAME = "x-http-status";
