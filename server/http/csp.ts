import { createHash } from "node:crypto";

import { isHydrationLoader } from "./deferred-hydration";
import { isFrameworkScript } from "./framework-scripts";

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;

const sha256 = (content: string) => `'sha256-${createHash("sha256").update(content, "utf8").digest("base64")}'`;

/**
 * The hashes of the page's inline scripts that the framework or the app wrote: Next.js's (framework-scripts.ts)
 * and the hydration loader (deferred-hydration.ts). Any other inline script is left out, so refused: one that got
 * into the page some other way must not be allowed just because it is there. JSON-LD needs no hash: a script
 * element of a type that is not JavaScript's is a block of data, which the browser never runs, CSP or not.
 */
function scriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, content = ""] of html.matchAll(INLINE_SCRIPT)) {
    if (isFrameworkScript(content) || isHydrationLoader(content)) hashes.add(sha256(content));
  }
  return [...hashes];
}

function styleHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, content = ""] of html.matchAll(INLINE_STYLE)) if (content) hashes.add(sha256(content));
  return [...hashes];
}

export interface CspOptions {
  /** Where reuse images, logos and avatars come from (the udata instance and its image hosts). */
  imageSources: readonly string[];
  /**
   * Where a form may lead besides the site: data.gouv.fr, when the sign-in offers its OAuth2 (next-auth answers
   * the form's POST with a redirect there, which `form-action` governs too).
   */
  formTargets: readonly string[];
  /** next dev needs eval and inline code for hot reload. */
  development: boolean;
}

/** Who may frame the page: nobody, or anyone (a reuse's embed card only: see embed-frame.ts). */
export type FrameAncestors = "none" | "anyone";

/**
 * The Content-Security-Policy of one HTML page: its own inline scripts (those the framework and the app write) and
 * styles by hash, and nothing else inline. Hashes rather than nonces, so that a page rendered once can be cached
 * and served to everyone.
 */
export function contentSecurityPolicy(
  html: string,
  { imageSources, formTargets, development }: CspOptions,
  frameAncestors: FrameAncestors = "none",
): string {
  const scripts = development ? ["'unsafe-inline'", "'unsafe-eval'"] : scriptHashes(html);
  const styles = development ? ["'unsafe-inline'"] : styleHashes(html);
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts.join(" ")}`.trim(),
    `style-src 'self' ${styles.join(" ")}`.trim(),
    `img-src 'self' data: ${imageSources.join(" ")}`.trim(),
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${formTargets.join(" ")}`.trim(),
    frameAncestors === "anyone" ? "frame-ancestors *" : "frame-ancestors 'none'",
  ].join("; ");
}
