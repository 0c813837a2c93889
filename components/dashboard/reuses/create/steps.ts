import type { CreateFormInput } from "~/lib/reuses/reuse-form-schema";

export type StepNumber = 1 | 2 | 3;

export interface Step {
  number: StepNumber;
  title: string;
  /** The form fields this step shows. */
  fields: readonly (keyof CreateFormInput)[];
}

/** The three steps of data.gouv.fr's form: describe, link datasets, publish (or keep as a draft). */
export const STEPS: readonly Step[] = [
  {
    number: 1,
    title: "Décrire la réutilisation",
    fields: ["producer", "title", "description", "type", "topic", "url", "tags"],
  },
  { number: 2, title: "Lier les jeux de données", fields: ["datasets"] },
  { number: 3, title: "Publier ou garder en brouillon", fields: [] },
];

export function stepTitle(number: StepNumber): string {
  return STEPS.find((step) => step.number === number)?.title ?? "";
}

/** The step that shows a field (the first one for an unknown field). */
export function stepOfField(field: string): StepNumber {
  return STEPS.find((step) => (step.fields as readonly string[]).includes(field))?.number ?? 1;
}
