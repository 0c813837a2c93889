import type { CreateFormInput } from "~/lib/reuses/reuse-form-schema";

export type StepNumber = 1 | 2 | 3;

export interface Step {
  number: StepNumber;
  /** Its title's key in the catalog (`dashboard.create.steps`). */
  name: "describe" | "datasets" | "publish";
  /** The form fields this step shows. */
  fields: readonly (keyof CreateFormInput)[];
}

/** The three steps of data.gouv.fr's form: describe, link datasets, publish (or keep as a draft). */
export const STEPS: readonly Step[] = [
  {
    number: 1,
    name: "describe",
    fields: ["producer", "title", "description", "type", "topic", "url", "tags"],
  },
  { number: 2, name: "datasets", fields: ["datasets", "dataservices"] },
  { number: 3, name: "publish", fields: [] },
];

/** The step that shows a field (the first one for an unknown field). */
export function stepOfField(field: string): StepNumber {
  return STEPS.find((step) => (step.fields as readonly string[]).includes(field))?.number ?? 1;
}
