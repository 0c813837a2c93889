import { z } from "zod";

import { OBJECT_ID_PATTERN, objectIdSchema } from "~/lib/udata/vocabulary";

/** The producer's discussions screen's filters, as its procedure takes them: udata's subject classes, a reuse id. */
export const discussionsListInputSchema = z.object({
  about: z.enum(["Reuse", "Dataset"]).optional(),
  reuse: objectIdSchema.optional(),
});

export type DiscussionsFilter = z.output<typeof discussionsListInputSchema>;

/** The words of `?sur=` in the screen's URL, for each kind of subject. */
export const ABOUT_PARAMS = { reutilisations: "Reuse", "jeux-de-donnees": "Dataset" } as const;

type SearchParamValue = string | string[] | undefined;

function single(value: SearchParamValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `?sur=&reutilisation=` of the screen's URL; a value that is not one of them is no filter. */
export function discussionsFilterParams(searchParams: Record<string, SearchParamValue>): DiscussionsFilter {
  const about = single(searchParams.sur);
  const reuse = single(searchParams.reutilisation);
  return {
    about: about && Object.hasOwn(ABOUT_PARAMS, about) ? ABOUT_PARAMS[about as keyof typeof ABOUT_PARAMS] : undefined,
    reuse: reuse && OBJECT_ID_PATTERN.test(reuse) ? reuse : undefined,
  };
}
