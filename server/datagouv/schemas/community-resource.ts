import "server-only";

import { z } from "zod";

import { resourceSchema } from "./dataset";
import { organizationRefSchema } from "./organization";
import { userRefSchema } from "./user";

/** One item of `GET /me/org_community_resources/`: a resource published by someone else on a dataset. */
export const communityResourceSchema = resourceSchema.extend({
  dataset: z.object({
    id: z.string(),
    title: z.string(),
    acronym: z.string().nullable().optional(),
    page: z.string().optional(),
    uri: z.string().optional(),
  }),
  organization: organizationRefSchema.nullable(),
  owner: userRefSchema.nullable(),
});
export type CommunityResource = z.output<typeof communityResourceSchema>;
