import "server-only";

import { apiPath } from "../paths";
import { dataserviceListParamsSchema, dataserviceSchema, type DataserviceListParams } from "../schemas/dataservice";
import { readPage, validInput, type ItemSchema, type ReadOptions } from "./shared";

/**
 * `GET /dataservices/?q=`: the APIs a reuse may use, as data.gouv.fr's own picker finds them
 * (cdata's DataservicesSelect.vue). Anonymous: private, archived and deleted ones are left out.
 */
export async function listDataservices<T extends ItemSchema = typeof dataserviceSchema>(
  params: DataserviceListParams,
  options: ReadOptions<T> = {},
) {
  const query = validInput(dataserviceListParamsSchema, params);
  return readPage(apiPath`/dataservices/`, dataserviceSchema, options, query);
}
