import { z } from "zod";

import { validationKey as key, type ValidationKey } from "~/lib/i18n/validation";

/** udata refuses links in names (spam). */
const LINK = /https?:\/\/|www\./i;

const NAME_MAX = 255;
const ABOUT_MAX = 10_000;

/** The values the messages of these rules name (the `validation` catalog's `{nameMax}`). */
export const PROFILE_FORM_LIMITS = { nameMax: NAME_MAX };

function name(missing: ValidationKey) {
  return z
    .string()
    .trim()
    .min(1, missing)
    .max(NAME_MAX, key("nameTooLong"))
    .refine((value) => !LINK.test(value), key("linksNotAllowed"));
}

/** The profile form, as the browser checks it and as `account.profile.update` takes it (`PUT /me/`). */
export const profileFormSchema = z.object({
  first_name: name("firstNameMissing"),
  last_name: name("lastNameMissing"),
  website: z
    .string()
    .trim()
    .max(2000, key("websiteTooLong"))
    .refine(
      (value) => value === "" || z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).safeParse(value).success,
      key("websiteInvalid"),
    ),
  about: z.string().max(ABOUT_MAX, key("aboutTooLong")),
});

export type ProfileFormInput = z.input<typeof profileFormSchema>;
export type ProfileFormValues = z.output<typeof profileFormSchema>;

/** Markdown preview input: as long as the `about` field may be. */
export const markdownPreviewSchema = z.object({ source: z.string().max(ABOUT_MAX) });
