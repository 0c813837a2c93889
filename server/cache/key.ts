import "server-only";

import { createHash } from "node:crypto";

/** Longer keys are hashed: Redis and SQLite take long keys, but they are wasteful and awkward to read in logs. */
const MAX_READABLE_LENGTH = 200;

/**
 * A stable cache key for what identifies an upstream answer, e.g. `cacheKey(["reuses.list", { q, page }])`:
 * the JSON of the parts with object keys sorted (so `{a, b}` and `{b, a}` give the same key; undefined fields
 * are left out, as JSON does), or its SHA-256 when that is long.
 */
export function cacheKey(parts: readonly unknown[]): string {
  const json = JSON.stringify(parts, (_name, value: unknown) => (isPlainObject(value) ? sortedKeys(value) : value));
  return json.length <= MAX_READABLE_LENGTH ? json : `sha256:${createHash("sha256").update(json).digest("hex")}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function sortedKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
