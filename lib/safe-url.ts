/** Links that leave the site carry this: no endorsement, user-generated, no access to this window. */
export const OUTBOUND_REL = "nofollow ugc noopener";

/**
 * The scheme written out at the very start: a browser's URL parser removes tabs and newlines anywhere and
 * decodes nothing, so `java\tscript:` or `&#106;avascript:` (already decoded by markdown-it) cannot pass.
 */
const ALLOWED_START = /^(?:https?:\/\/|mailto:)/i;
const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * Whether `url`, taken from hostile content, may become an `href`: an absolute `http:`, `https:` or `mailto:`
 * URL, as the browser will parse it; never `javascript:`, `data:`, `vbscript:`, nor a relative or
 * protocol-relative URL.
 */
export function isAllowedUrl(url: string): boolean {
  if (!ALLOWED_START.test(url) || !URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  return ALLOWED_PROTOCOLS.has(protocol) && (protocol === "mailto:" || hostname !== "");
}

/** A URL field of upstream content (a reuse's site…) as an href, normalized, or undefined: show it unlinked. */
export function allowedUrl(url: string | null | undefined): string | undefined {
  const trimmed = url?.trim();
  return trimmed && isAllowedUrl(trimmed) ? new URL(trimmed).href : undefined;
}
