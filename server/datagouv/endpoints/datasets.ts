import "server-only";

import { apiPath } from "../paths";
import { suggestParamsSchema, type SuggestParams } from "../schemas/common";
import { datasetSuggestionSchema } from "../schemas/dataset";
import { readList, validInput, type ItemSchema, type ReadOptions } from "./shared";

/** `GET /datasets/suggest/?q=&size=`: to pick the datasets a reuse uses. */
export async function suggestDatasets<T extends ItemSchema = typeof datasetSuggestionSchema>(
  params: SuggestParams,
  options: ReadOptions<T> = {},
) {
  const query = validInput(suggestParamsSchema, params);
  return readList(apiPath`/datasets/suggest/`, datasetSuggestionSchema, options, query);
}
