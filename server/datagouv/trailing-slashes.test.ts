import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

/**
 * Every route of udata ends with `/`; without it Werkzeug answers a 308, which the client refuses (a write must
 * never rely on it). This reads every `apiPath` template of the server code, so that a new one cannot forget it.
 */
const SERVER = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function templates(): { file: string; template: string }[] {
  return sourceFiles(SERVER).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/\bapiPath`(\/[^`]*)`/g)].map((match) => ({
      file: path.relative(SERVER, file),
      template: (match[1] ?? "").replace(/\$\{[^}]*\}/g, "{}"),
    })),
  );
}

describe("upstream path templates", () => {
  it("finds the client's templates", () => {
    const found = templates().map(({ template }) => template);
    expect(found.length).toBeGreaterThan(30);
    expect(found).toEqual(expect.arrayContaining(["/reuses/", "/reuses/{}/", "/me/avatar/", "/reuses/{}/image/"]));
  });

  it("ends every template with a slash", () => {
    const missing = templates().filter(({ template }) => !template.endsWith("/"));
    expect(missing).toEqual([]);
  });
});
