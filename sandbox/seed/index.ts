import { readFileSync } from "node:fs";
import { type State } from "../model";
import { type Json } from "../json";
import { SeedBuilder } from "./builder";
import { addCatalogue } from "./catalogue";
import { readCsvRecords } from "./csv";
import { addReferencedDatasets } from "./datasets";
import { addDataservices } from "./dataservices";
import { addDemoAccounts } from "./demo";
import { addDemoActivity } from "./demo-activity";
import { addDemoRequests } from "./demo-requests";
import { addReuseDiscussions } from "./discussions";
import { addFixtures } from "./fixtures";
import { deriveFlags } from "./flags";
import { addFollows } from "./follows";
import { addPeople } from "./people";

/** Builds the sandbox's whole state from the real data in sandbox/data; the same files always give the same state. */
function dataFile(name: string): string {
  return readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8");
}

export function seed(): State {
  const builder = new SeedBuilder();
  addCatalogue(
    builder,
    readCsvRecords(dataFile("organizations-2023-08-15.csv")),
    readCsvRecords(dataFile("reuses-2023-08-15.csv")),
  );
  const fixtures = JSON.parse(dataFile("udata-fixtures-2024-11-21.json")) as Json[];
  addFixtures(builder, fixtures);
  addPeople(builder);
  addReferencedDatasets(builder);
  deriveFlags(builder);
  addDataservices(builder, fixtures);
  addDemoAccounts(builder);
  addFollows(builder);
  addReuseDiscussions(builder);
  addDemoActivity(builder);
  addDemoRequests(builder);
  return builder.toState();
}
