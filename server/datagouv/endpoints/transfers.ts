import "server-only";

import { upstream } from "../client";
import { apiPath, objectId } from "../paths";
import {
  transferListParamsSchema,
  transferRequestInputSchema,
  transferResponseInputSchema,
  transferSchema,
  type Transfer,
  type TransferListParams,
  type TransferRequestInput,
  type TransferResponseInput,
} from "../schemas/transfer";
import { readList, readOne, validInput } from "./shared";
import type { UpstreamCredential } from "../credential";

/** `GET /transfer/`: the transfers the caller may see (they own the subject or administer the recipient). */
export async function listTransfers(credential: UpstreamCredential, params: TransferListParams): Promise<Transfer[]> {
  return readList<typeof transferSchema>(
    apiPath`/transfer/`,
    transferSchema,
    { credential },
    validInput(transferListParamsSchema, params),
  );
}

/** `GET /transfer/{id}/`. */
export async function getTransfer(credential: UpstreamCredential, id: string): Promise<Transfer> {
  return readOne<typeof transferSchema>(apiPath`/transfer/${objectId(id)}/`, transferSchema, { credential });
}

/** `POST /transfer/` → 201: 403 unless the caller owns the subject (or administers its organization). */
export async function requestTransfer(credential: UpstreamCredential, input: TransferRequestInput): Promise<Transfer> {
  const body = validInput(transferRequestInputSchema, input);
  return upstream({ method: "POST", path: apiPath`/transfer/`, body, credential, schema: transferSchema });
}

/** `POST /transfer/{id}/`: accept or refuse; 403 unless the caller is (an admin of) the recipient. */
export async function respondToTransfer(
  credential: UpstreamCredential,
  id: string,
  input: TransferResponseInput,
): Promise<Transfer> {
  const body = validInput(transferResponseInputSchema, input);
  return upstream({
    method: "POST",
    path: apiPath`/transfer/${objectId(id)}/`,
    body,
    credential,
    schema: transferSchema,
  });
}
