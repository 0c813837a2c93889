import "server-only";

import { apiPath, slugOrId } from "../paths";
import { suggestParamsSchema, type SuggestParams } from "../schemas/common";
import { organizationSchema, organizationSuggestionSchema } from "../schemas/organization";
import { readList, readOne, validInput, type ItemSchema, type ReadOptions } from "./shared";

/** `GET /organizations/suggest/?q=&size=`. */
export async function suggestOrganizations<T extends ItemSchema = typeof organizationSuggestionSchema>(
  params: SuggestParams,
  options: ReadOptions<T> = {},
) {
  const query = validInput(suggestParamsSchema, params);
  return readList(apiPath`/organizations/suggest/`, organizationSuggestionSchema, options, query);
}

/** `GET /organizations/{id|slug}/`. */
export async function getOrganization<T extends ItemSchema = typeof organizationSchema>(
  organization: string,
  options: ReadOptions<T> = {},
) {
  return readOne(apiPath`/organizations/${slugOrId(organization)}/`, organizationSchema, options);
}
