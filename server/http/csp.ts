import { createHash } from "node:crypto";

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;

function hashesOf(html: string, pattern: RegExp): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(pattern)) {
    const content = match[1] ?? "";
    if (content) hashes.add(`'sha256-${createHash("sha256").update(content, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

export interface CspOptions {
  /** Where reuse images, logos and avatars come from (the udata instance and its image hosts). */
  imageSources: readonly string[];
  /** next dev needs eval and inline code for hot reload. */
  development: boolean;
}

/**
 * The Content-Security-Policy of one HTML page: its own inline scripts and styles by hash, and nothing else
 * inline. Hashes rather than nonces, so that a page rendered once can be cached and served to everyone.
 */
export function contentSecurityPolicy(html: string, { imageSources, development }: CspOptions): string {
  const scripts = development ? ["'unsafe-inline'", "'unsafe-eval'"] : hashesOf(html, INLINE_SCRIPT);
  const styles = development ? ["'unsafe-inline'"] : hashesOf(html, INLINE_STYLE);
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts.join(" ")}`.trim(),
    `style-src 'self' ${styles.join(" ")}`.trim(),
    `img-src 'self' data: ${imageSources.join(" ")}`.trim(),
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
