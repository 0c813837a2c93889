import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import {
  getOrganization,
  organizationSchema,
  organizationSuggestionSchema,
  suggestOrganizations,
} from "~/server/datagouv";
import { publicProcedure } from "~/server/api/trpc";
import { publicRead } from "~/server/api/lib/public-read";
import { suggestInput, SUGGESTIONS } from "~/lib/reuses/listing-state";
import { objectIdSchema } from "~/lib/udata/vocabulary";

const suggestionPick = organizationSuggestionSchema.pick({ id: true, name: true, acronym: true });
const namePick = organizationSchema.pick({ name: true });

/** Organizations rarely change their name. */
const NAME_FRESH_MS = 60 * 60_000;

/** Public reads about organizations, for the listing's organization filter. */
export const organizationsRouter = {
  /** Names matching what one types in the organization filter. */
  suggest: publicProcedure
    .input(suggestInput)
    .query(({ input }) =>
      publicRead("organizations.suggest", input, () =>
        suggestOrganizations({ q: input.q, size: SUGGESTIONS }, { select: suggestionPick }),
      ),
    ),

  /** `{name}` of an organization, for the chip of a filter that matched no reuse (which would have carried it). */
  name: publicProcedure
    .input(z.object({ id: objectIdSchema }))
    .query(({ input }) =>
      publicRead("organizations.name", input, () => getOrganization(input.id, { select: namePick }), NAME_FRESH_MS),
    ),
} satisfies TRPCRouterRecord;
