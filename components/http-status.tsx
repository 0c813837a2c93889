import { STATUS_META_NAME } from "~/lib/status-meta";

/**
 * Asks the front server to send this page with `code` (Next.js pages can only say 404, and only by replacing
 * the whole page). React moves the <meta> into the document head.
 */
export function HttpStatus({ code }: { code: 404 | 410 | 429 | 500 | 502 | 503 | 504 }) {
  return <meta name={STATUS_META_NAME} content={String(code)} />;
}
