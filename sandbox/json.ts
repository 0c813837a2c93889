/** JSON values as read from the seed files and request bodies, and small readers for them. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function objectAt(source: JsonObject, key: string): JsonObject {
  const value = source[key];
  return isObject(value) ? value : {};
}

export function arrayAt(source: JsonObject, key: string): Json[] {
  const value = source[key];
  return Array.isArray(value) ? value : [];
}

export function stringAt(source: JsonObject, key: string): string {
  const value = source[key];
  return typeof value === "string" ? value : "";
}

export function nullableStringAt(source: JsonObject, key: string): string | null {
  const value = source[key];
  return typeof value === "string" ? value : null;
}

export function numberAt(source: JsonObject, key: string): number {
  const value = source[key];
  return typeof value === "number" ? value : 0;
}

/** A copy of `source` without `keys`. */
export function omit(source: JsonObject, keys: readonly string[]): JsonObject {
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(source)) if (!keys.includes(key)) copy[key] = value;
  return copy;
}
