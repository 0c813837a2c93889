// No `import "server-only"`: the front server (server/http, run by Node outside the Next.js bundles) logs too.
import { inspect } from "node:util";

/**
 * What could split a log line or disguise it: control characters (C0 with CR, LF and tab, DEL, C1), the Unicode
 * line and paragraph separators, the bidirectional overrides (they reorder what a terminal shows), and the
 * backslash itself, so that an escape in the log cannot be told from one the client sent.
 */
const UNSAFE = /[\p{Cc}\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\\]/gu;

const SHORT_ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\" };

/** `text` with every unsafe character escaped (`\n`, `\r`, `\t`, `\\`, else `\uXXXX`): it stays one line. */
export function escapeForLog(text: string): string {
  return text.replace(
    UNSAFE,
    (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * What `console.error(...parts)` prints (strings as they are, errors with their stack, objects inspected), as one
 * escaped line. Unlike console.error, a first string is not a format: a `%o` a client sent cannot swallow a part.
 */
export function logLine(...parts: unknown[]): string {
  return escapeForLog(parts.map((part) => (typeof part === "string" ? part : inspect(part))).join(" "));
}

/**
 * Logs an error as one line. Use it wherever what is logged may hold something a client sent (a path, a query
 * value, an error message quoting input): a CR or LF in it would otherwise start a forged line in the log.
 */
export function logError(...parts: unknown[]): void {
  console.error(logLine(...parts));
}

/** Logs a warning as one line (see logError). */
export function logWarning(...parts: unknown[]): void {
  console.warn(logLine(...parts));
}
