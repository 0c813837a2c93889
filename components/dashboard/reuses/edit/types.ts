import type { Translator } from "~/lib/i18n/translator";
import type { RouterOutputs } from "~/server/api/root";
import { personName } from "~/lib/udata/person-name";

/** A reuse as the edit page has it (the mask of `producerReuses.get`), with whether the caller may edit it. */
export type EditableReuse = RouterOutputs["producerReuses"]["get"];

/** Who publishes it: its organization, else its owner. */
export function producerName(
  reuse: Pick<EditableReuse, "organization" | "owner">,
  t: Translator<"dashboard.edit">,
): string {
  if (reuse.organization) return reuse.organization.name;
  if (reuse.owner) return personName(reuse.owner);
  return t("unknownProducer");
}
