import type { RouterOutputs } from "~/server/api/root";
import { personName } from "~/lib/udata/person-name";

export type Transfer = RouterOutputs["transfers"]["incoming"][number];
type Party = Transfer["recipient"];

/** A transfer's owner or recipient as a person reads it: an organization's name, a user's full name. */
export function partyName(party: Party, unknown: string): string {
  if (!party) return unknown;
  return party.class === "Organization" ? party.name : personName(party) || unknown;
}

/** The pending transfers of one reuse, among those the overview read. */
export function transfersOf(transfers: readonly Transfer[], reuseId: string): Transfer[] {
  return transfers.filter((transfer) => transfer.subject?.id === reuseId);
}
