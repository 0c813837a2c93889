import { z } from "zod";

import { REUSE_DESCRIPTION_MAX, REUSE_TAG_MAX, REUSE_TITLE_MAX, REUSE_URL_MAX } from "~/lib/udata/reuse-limits";
import { validationKey as key, type ValidationKey } from "~/lib/i18n/validation";
import { tagSlug } from "./tag-slug";

// The rules of the reuse form, in the browser (react-hook-form's resolver) and on the server (procedure inputs).
// They are udata's (udata/core/reuse/constants.py and forms.py); the upstream client checks them once more.

/** Under this length a description gets a warning, not an error: data.gouv.fr asks for a real description. */
export const DESCRIPTION_ADVISED = 200;
/** udata keeps tags of 3 to 96 characters. */
export const TAG_MIN = 3;
export const MAX_TAGS = 50;
const MAX_DATASETS = 50;
/** As many as the procedure takes at once (server/api/routers/producer/reuses/inputs.ts). */
const MAX_DATASERVICES = 20;

/** The values the messages of these rules name (the `validation` catalog's `{titleMax}`…). */
export const REUSE_FORM_LIMITS = {
  titleMax: REUSE_TITLE_MAX,
  descriptionMax: REUSE_DESCRIPTION_MAX,
  urlMax: REUSE_URL_MAX,
  tagMax: REUSE_TAG_MAX,
  tagMin: TAG_MIN,
  maxTags: MAX_TAGS,
  maxDatasets: MAX_DATASETS,
  maxDataservices: MAX_DATASERVICES,
};

const requiredText = (missing: ValidationKey, max: number, tooLong: ValidationKey) =>
  z.string().trim().min(1, missing).max(max, tooLong);

/** An http(s) address with a real host name, as udata's URL field wants it. */
const httpUrlSchema = z
  .string()
  .trim()
  .min(1, key("urlMissing"))
  .max(REUSE_URL_MAX, key("urlTooLong"))
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: key("urlInvalid"),
    }),
  );

/** udata keeps a tag as its slug ("Vélo" is `velo`), of 3 to 96 characters: a tag it would refuse is refused here. */
export const tagSchema = z
  .string()
  .max(REUSE_TAG_MAX, key("tagTooLong"))
  .refine((tag) => tagSlug(tag).length >= TAG_MIN, key("tagTooShort"))
  .refine((tag) => tagSlug(tag).length <= REUSE_TAG_MAX, key("tagTooLong"));

/** The fields the create and edit forms share. */
export const reuseFieldsSchema = z.object({
  title: requiredText("titleMissing", REUSE_TITLE_MAX, "titleTooLong"),
  description: requiredText("descriptionMissing", REUSE_DESCRIPTION_MAX, "descriptionTooLong"),
  type: z.string().min(1, key("typeMissing")),
  topic: z.string().min(1, key("topicMissing")),
  url: httpUrlSchema,
  tags: z.array(tagSchema).max(MAX_TAGS, key("tooManyTags")),
});
export type ReuseFieldsInput = z.input<typeof reuseFieldsSchema>;
export type ReuseFields = z.output<typeof reuseFieldsSchema>;

const pickedDatasetSchema = z.object({ id: z.string(), title: z.string() });
export type PickedDataset = z.output<typeof pickedDatasetSchema>;
/** An API (udata's dataservice) chosen for a reuse: the same two fields as a dataset. */
export type PickedDataservice = PickedDataset;

/** The create form: the shared fields, who publishes it ("" for oneself, else an organization id), its datasets and APIs. */
export const createFormSchema = reuseFieldsSchema.extend({
  producer: z.string(),
  datasets: z.array(pickedDatasetSchema).max(MAX_DATASETS, key("tooManyDatasets")),
  dataservices: z.array(pickedDatasetSchema).max(MAX_DATASERVICES, key("tooManyDataservices")),
});
export type CreateFormInput = z.input<typeof createFormSchema>;
export type CreateFormValues = z.output<typeof createFormSchema>;

export const EMPTY_CREATE_FORM: CreateFormInput = {
  producer: "",
  title: "",
  description: "",
  type: "",
  topic: "",
  url: "",
  tags: [],
  datasets: [],
  dataservices: [],
};

/**
 * Which field of a form an upstream field error belongs to (udata names `organization` what the form calls
 * producer). A Map: an upstream name such as `constructor` belongs to no field.
 */
export const FIELD_OF_UPSTREAM: ReadonlyMap<string, keyof CreateFormInput> = new Map([
  ["title", "title"],
  ["description", "description"],
  ["type", "type"],
  ["topic", "topic"],
  ["url", "url"],
  ["tags", "tags"],
  ["datasets", "datasets"],
  ["dataservices", "dataservices"],
  ["organization", "producer"],
  ["owner", "producer"],
]);

/** A saved draft of the create form: what was typed, valid or not yet. */
export const createFormDraftSchema = z.object({
  producer: z.string(),
  title: z.string(),
  description: z.string(),
  type: z.string(),
  topic: z.string(),
  url: z.string(),
  tags: z.array(z.string()),
  datasets: z.array(pickedDatasetSchema),
  // Drafts saved before APIs could be chosen have none.
  dataservices: z.array(pickedDatasetSchema).default([]),
});

/** A saved draft of the edit form. */
export const reuseFieldsDraftSchema = createFormDraftSchema.omit({
  producer: true,
  datasets: true,
  dataservices: true,
});

/** The shared fields' names, in the order the forms show them. */
export const REUSE_FIELD_NAMES = [
  "title",
  "description",
  "type",
  "topic",
  "url",
  "tags",
] as const satisfies readonly (keyof ReuseFieldsInput)[];
