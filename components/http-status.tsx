import { STATUS_META_NAME } from "~/server/http/status-mark";

/**
 * Asks the front server to send this page with `code` (Next.js pages can only say 404). React moves the <meta>
 * into the document head.
 */
export function HttpStatus({ code }: { code: 410 | 500 | 502 | 503 | 504 }) {
  return <meta name={STATUS_META_NAME} content={String(code)} />;
}
