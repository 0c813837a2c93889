import "server-only";

import { z } from "zod";

import { apiPath } from "../paths";
import { userSuggestionSchema } from "../schemas/user";
import { readList, validInput } from "./shared";
import type { UpstreamCredential } from "../credential";

/** udata's `suggest_size` takes 1 to 20. */
const userSuggestParamsSchema = z.object({
  q: z.string().trim().min(1).max(200),
  size: z.number().int().min(1).max(20).optional(),
});

/** `GET /users/suggest/?q=&size=`: users whose slug holds the slugified `q`, newest first. */
export async function suggestUsers(credential: UpstreamCredential, params: z.input<typeof userSuggestParamsSchema>) {
  const query = validInput(userSuggestParamsSchema, params);
  return readList<typeof userSuggestionSchema>(apiPath`/users/suggest/`, userSuggestionSchema, { credential }, query);
}
