import "server-only";

import { upstream } from "../client";
import { apiPath, uuid } from "../paths";
import { noContentSchema } from "../schemas/common";
import { orgInvitationSchema, type OrgInvitation } from "../schemas/transfer";
import { readList } from "./shared";
import type { UpstreamCredential } from "../credential";

/** `GET /me/org_invitations/` (udata 17): the caller's pending invitations to join an organization. */
export async function listMyOrgInvitations(credential: UpstreamCredential): Promise<OrgInvitation[]> {
  return readList<typeof orgInvitationSchema>(apiPath`/me/org_invitations/`, orgInvitationSchema, { credential });
}

/** `POST /me/org_invitations/{id}/accept/` or `…/refuse/`: 404 unknown, 400 when no longer pending. */
export async function answerOrgInvitation(credential: UpstreamCredential, id: string, accept: boolean): Promise<void> {
  const path = accept
    ? apiPath`/me/org_invitations/${uuid(id)}/accept/`
    : apiPath`/me/org_invitations/${uuid(id)}/refuse/`;
  await upstream({ method: "POST", path, credential, schema: noContentSchema });
}
