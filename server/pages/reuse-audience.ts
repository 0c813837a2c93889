import "server-only";

import { cache } from "react";

import { api } from "~/server/api/rsc";
import type { ReuseAudience } from "~/server/api/lib/reuse-audience";
import { reuseSlugSchema } from "~/lib/udata/vocabulary";

/**
 * The reuse page's audience (data.gouv.fr's metrics service), called before the reuse is awaited so that both go
 * out together. Never fails the page: whatever went wrong, the section says the figures are unavailable.
 */
export const loadReuseAudience = cache(async (slug: string): Promise<ReuseAudience> => {
  if (!reuseSlugSchema.safeParse(slug).success) return { available: false };
  return api.reuses.audience({ slug }).catch((): ReuseAudience => ({ available: false }));
});
