import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * Next.js's Link, without prefetching. Our pages are rendered per request from data.gouv.fr's answers: a
 * prefetch renders the target page, upstream calls included, for every link that scrolls into view (a listing
 * has dozens), for pages most visitors never open. ESLint sends every import of next/link here.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
