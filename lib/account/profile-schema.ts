import { z } from "zod";

/** udata refuses links in names (spam). */
const LINK = /https?:\/\/|www\./i;

function name(missing: string) {
  return z
    .string()
    .trim()
    .min(1, missing)
    .max(255, "255 caractères au plus.")
    .refine((value) => !LINK.test(value), "Les liens ne sont pas autorisés dans ce champ.");
}

/** The profile form, as the browser checks it and as `account.profile.update` takes it (`PUT /me/`). */
export const profileFormSchema = z.object({
  first_name: name("Indiquez votre prénom."),
  last_name: name("Indiquez votre nom."),
  website: z
    .string()
    .trim()
    .max(2000, "Cette adresse est trop longue.")
    .refine(
      (value) => value === "" || z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).safeParse(value).success,
      "Indiquez une adresse web complète, commençant par https:// (par exemple https://exemple.fr).",
    ),
  about: z.string().max(10_000, "10 000 caractères au plus."),
});

export type ProfileFormInput = z.input<typeof profileFormSchema>;
export type ProfileFormValues = z.output<typeof profileFormSchema>;

/** Markdown preview input: as long as the `about` field may be. */
export const markdownPreviewSchema = z.object({ source: z.string().max(10_000, "10 000 caractères au plus.") });
