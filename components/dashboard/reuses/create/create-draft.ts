import { z } from "zod";

import { createFormDraftSchema, type CreateFormInput } from "~/lib/reuses/reuse-form-schema";
import type { CreateProgress } from "./run-create";
import type { StepNumber } from "./steps";

/** The create form's draft: the fields, the step one was at, and what earlier attempts already did upstream. */
export const createDraftSchema = z.object({
  step: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  values: createFormDraftSchema,
  progress: z.object({
    reuse: z.object({ id: z.string(), slug: z.string() }).nullable(),
    uncertain: z.boolean(),
    imageSent: z.boolean(),
  }),
});

export interface CreateDraft {
  step: StepNumber;
  values: CreateFormInput;
  progress: CreateProgress;
}

/** Where the focus goes for each field, in the order the form shows them (`image` is outside react-hook-form). */
export const FIELD_IDS = {
  producer: "reuse-producer",
  title: "reuse-title",
  description: "reuse-description",
  type: "reuse-type",
  topic: "reuse-topic",
  url: "reuse-url",
  tags: "reuse-tags",
  image: "reuse-image",
  datasets: "reuse-datasets",
  dataservices: "reuse-dataservices",
} as const;
export type FocusableField = keyof typeof FIELD_IDS;
const isFocusable = (name: string): name is FocusableField => Object.hasOwn(FIELD_IDS, name);
const FIELD_ORDER = Object.keys(FIELD_IDS).filter(isFocusable);

/** The first of these fields in the form's order. */
export function firstField(names: readonly string[]): FocusableField | undefined {
  return FIELD_ORDER.find((name) => names.includes(name));
}
