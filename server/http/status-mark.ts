/**
 * Next.js pages cannot choose their HTTP status beyond 404. A page that must answer 410 or 503 renders this
 * <meta> (see components/http-status.tsx) and the front server sends the page with that status.
 */
export const STATUS_META_NAME = "x-http-status";

const STATUS_META = new RegExp(`<meta name="${STATUS_META_NAME}" content="(\\d{3})"`);

/** The status a page asks for, or the one Next.js gave it. */
export function statusOf(html: string, rendered: number): number {
  const asked = Number(STATUS_META.exec(html)?.[1]);
  return asked >= 200 && asked <= 599 ? asked : rendered;
}
