import { readFileSync } from "node:fs";

/** The real recorded answers of sandbox/data, that the sandbox's answers are compared with. */
type JsonRecord = Record<string, unknown>;

function read(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8"));
}

export const samples = {
  reuseList: (read("samples/reuses-list-2026-excerpt.json") as { body: { data: JsonRecord[] } & JsonRecord }).body,
  dataset: read("samples/dataset.json") as JsonRecord,
  organization: read("samples/organization.json") as JsonRecord,
  error404: (read("samples/error-404.json") as { body: JsonRecord }).body,
  fixtures: read("udata-fixtures-2024-11-21.json") as {
    dataset: JsonRecord;
    organization: JsonRecord;
    reuses: JsonRecord[];
  }[],
};
