import { z } from "zod";

import { DEFAULT_LOCALE, LOCALES } from "~/lib/i18n/locales";

/**
 * The input of a procedure answering labels from data.gouv.fr: the language of the page that shows them, asked
 * upstream (`?lang=`) and so part of the cache key. Without it (a bare `GET /api/trpc/reuses.types`), French.
 */
export const localeInput = z
  .object({ locale: z.enum(LOCALES).default(DEFAULT_LOCALE) })
  .default({ locale: DEFAULT_LOCALE });
