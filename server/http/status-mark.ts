import { STATUS_META_NAME } from "~/lib/status-meta";

const STATUS_META = new RegExp(`<meta name="${STATUS_META_NAME}" content="(\\d{3})"`);

/** The status a page asks for, or the one Next.js gave it. */
export function statusOf(html: string, rendered: number): number {
  const asked = Number(STATUS_META.exec(html)?.[1]);
  return asked >= 200 && asked <= 599 ? asked : rendered;
}
