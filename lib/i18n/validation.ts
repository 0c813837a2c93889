import type { Messages } from "./catalogs";

/**
 * A zod message of the forms' schemas is a key of the catalogs' `validation`: the same schema runs in the
 * browser (where the form translates it, see useTranslatedResolver) and on the server (where only the refused
 * fields' names leave it). Typed, so that a key that is not in the catalog does not compile.
 */
export type ValidationKey = keyof Messages["validation"];

export const validationKey = (key: ValidationKey): ValidationKey => key;
