import { type JsonObject } from "../json";

/** udata (Flask) writes object keys in alphabetical order. */
export function sortedKeys(source: JsonObject): JsonObject {
  const sorted: JsonObject = {};
  for (const key of Object.keys(source).sort()) {
    const value = source[key];
    if (value !== undefined) sorted[key] = value;
  }
  return sorted;
}
