import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { catalogOf, DEFAULT_LOCALE } from "./catalogs";

const CATALOG_FILE = path.resolve(import.meta.dirname, "../../messages", `${DEFAULT_LOCALE}.json`);

/** Every message of a catalog as [dotted key, value]; a value that is neither text nor a namespace is reported. */
function entries(node: unknown, prefix = ""): [string, unknown][] {
  if (typeof node !== "object" || node === null) return [[prefix, node]];
  return Object.entries(node).flatMap(([key, value]) => entries(value, prefix ? `${prefix}.${key}` : key));
}

/** The keys written twice in one object of the JSON text (JSON.parse silently keeps the last one). */
function duplicateKeys(text: string): string[] {
  const duplicates: string[] = [];
  const scopes: Set<string>[] = [];
  const token = /"((?:[^"\\]|\\.)*)"\s*(:)?|[{}]/g;
  for (const match of text.matchAll(token)) {
    if (match[0] === "{") scopes.push(new Set());
    else if (match[0] === "}") scopes.pop();
    else if (match[2]) {
      const scope = scopes.at(-1);
      const key = match[1] ?? "";
      if (scope?.has(key)) duplicates.push(key);
      scope?.add(key);
    }
  }
  return duplicates;
}

describe("the default catalog", () => {
  it("has a non-empty text for every key", () => {
    const bad = entries(catalogOf(DEFAULT_LOCALE)).filter(
      ([, value]) => typeof value !== "string" || value.trim() === "",
    );
    expect(bad).toEqual([]);
  });

  it("writes no key twice in one namespace", () => {
    expect(duplicateKeys(readFileSync(CATALOG_FILE, "utf8"))).toEqual([]);
  });

  it("finds a key written twice", () => {
    expect(duplicateKeys('{"a": {"b": "x", "b": "y"}, "c": {"b": "{z}"}}')).toEqual(["b"]);
  });
});
