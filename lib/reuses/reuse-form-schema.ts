import { z } from "zod";

import { REUSE_DESCRIPTION_MAX, REUSE_TAG_MAX, REUSE_TITLE_MAX, REUSE_URL_MAX } from "~/lib/udata/reuse-limits";
import { tagSlug } from "./tag-slug";

// The rules of the reuse form, in the browser (react-hook-form's resolver) and on the server (procedure inputs).
// They are udata's (udata/core/reuse/constants.py and forms.py); the upstream client checks them once more.

/** Under this length a description gets a warning, not an error: data.gouv.fr asks for a real description. */
export const DESCRIPTION_ADVISED = 200;
/** udata keeps tags of 3 to 96 characters. */
export const TAG_MIN = 3;
export const MAX_TAGS = 50;
const MAX_DATASETS = 50;

const requiredText = (message: string, max: number, tooLong: string) =>
  z.string().trim().min(1, message).max(max, tooLong);

/** An http(s) address with a real host name, as udata's URL field wants it. */
const httpUrlSchema = z
  .string()
  .trim()
  .min(1, "Indiquez l’adresse de la réutilisation.")
  .max(REUSE_URL_MAX, `L’adresse ne peut pas dépasser ${REUSE_URL_MAX} caractères.`)
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error:
        "Indiquez une adresse complète qui commence par http:// ou https://, par exemple https://exemple.fr/carte.",
    }),
  );

/** udata keeps a tag as its slug ("Vélo" is `velo`), of 3 to 96 characters: a tag it would refuse is refused here. */
export const tagSchema = z
  .string()
  .max(REUSE_TAG_MAX, `Un mot-clé compte au plus ${REUSE_TAG_MAX} caractères.`)
  .refine((tag) => tagSlug(tag).length >= TAG_MIN, `Un mot-clé compte au moins ${TAG_MIN} lettres ou chiffres.`)
  .refine((tag) => tagSlug(tag).length <= REUSE_TAG_MAX, `Un mot-clé compte au plus ${REUSE_TAG_MAX} caractères.`);

/** The fields the create and edit forms share. */
export const reuseFieldsSchema = z.object({
  title: requiredText(
    "Donnez un titre à la réutilisation.",
    REUSE_TITLE_MAX,
    `Le titre ne peut pas dépasser ${REUSE_TITLE_MAX} caractères.`,
  ),
  description: requiredText(
    "Décrivez la réutilisation.",
    REUSE_DESCRIPTION_MAX,
    `La description ne peut pas dépasser ${REUSE_DESCRIPTION_MAX} caractères.`,
  ),
  type: z.string().min(1, "Choisissez un type."),
  topic: z.string().min(1, "Choisissez une thématique."),
  url: httpUrlSchema,
  tags: z.array(tagSchema).max(MAX_TAGS, `${MAX_TAGS} mots-clés au plus.`),
});
export type ReuseFieldsInput = z.input<typeof reuseFieldsSchema>;
export type ReuseFields = z.output<typeof reuseFieldsSchema>;

const pickedDatasetSchema = z.object({ id: z.string(), title: z.string() });
export type PickedDataset = z.output<typeof pickedDatasetSchema>;

/** The create form: the shared fields, who publishes it ("" for oneself, else an organization id), its datasets. */
export const createFormSchema = reuseFieldsSchema.extend({
  producer: z.string(),
  datasets: z.array(pickedDatasetSchema).max(MAX_DATASETS, `${MAX_DATASETS} jeux de données au plus.`),
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
});

/** A saved draft of the edit form. */
export const reuseFieldsDraftSchema = createFormDraftSchema.omit({ producer: true, datasets: true });

/** The shared fields' names, in the order the forms show them. */
export const REUSE_FIELD_NAMES = [
  "title",
  "description",
  "type",
  "topic",
  "url",
  "tags",
] as const satisfies readonly (keyof ReuseFieldsInput)[];
