import "server-only";

import { apiPath, objectId } from "../paths";
import { suggestParamsSchema, type SuggestParams } from "../schemas/common";
import { datasetSchema, datasetSuggestionSchema } from "../schemas/dataset";
import { readList, readOne, validInput, type ItemSchema, type ReadOptions } from "./shared";

/** `GET /datasets/{id}/`: 404 unknown or private (unless the key may see it), 410 deleted. */
export async function getDataset<T extends ItemSchema = typeof datasetSchema>(
  datasetId: string,
  options: ReadOptions<T> = {},
) {
  return readOne(apiPath`/datasets/${objectId(datasetId)}/`, datasetSchema, options);
}

/** `GET /datasets/suggest/?q=&size=`: to pick the datasets a reuse uses. */
export async function suggestDatasets<T extends ItemSchema = typeof datasetSuggestionSchema>(
  params: SuggestParams,
  options: ReadOptions<T> = {},
) {
  const query = validInput(suggestParamsSchema, params);
  return readList(apiPath`/datasets/suggest/`, datasetSuggestionSchema, options, query);
}
