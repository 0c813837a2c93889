import { type SeedBuilder } from "./builder";
import { DEMO_ACCOUNTS } from "./demo";
import { hashInt, objectId, uuid } from "./hash";

const ASKED = "2023-08-10T09:30:00.000000+00:00";

/**
 * What waits for an answer in the demo: a real person asks to transfer one of their public reuses to Demo
 * Producer (udata's `request_transfer`), and ADEME, which Demo Producer administers, invites Demo Member to join
 * it as an editor (a `MembershipRequest` of kind "invitation").
 */
export function addDemoRequests(builder: SeedBuilder): void {
  const producer = DEMO_ACCOUNTS.producer;
  const [reuse] = [...builder.reuses.values()]
    .filter(
      (candidate) =>
        candidate.owner !== null &&
        candidate.owner !== producer.id &&
        !candidate.organization &&
        !candidate.private &&
        !candidate.deleted &&
        candidate.datasets.length > 0,
    )
    .sort((a, b) => hashInt("demo-transfer", a.id) - hashInt("demo-transfer", b.id));
  if (reuse?.owner) {
    builder.transfers.push({
      id: objectId("demo-transfer", reuse.id),
      user: reuse.owner,
      owner: { class: "User", id: reuse.owner },
      recipient: { class: "User", id: producer.id },
      subject: { class: "Reuse", id: reuse.id },
      comment: "Je ne maintiens plus cette réutilisation : pouvez-vous la reprendre ?",
      status: "pending",
      created: ASKED,
      responded: null,
      responder: null,
      response_comment: null,
    });
  }
  builder.invitations.push({
    id: uuid("demo-invitation", DEMO_ACCOUNTS.member.id),
    organization: producer.organization.id,
    user: DEMO_ACCOUNTS.member.id,
    role: "editor",
    comment: "Rejoignez-nous pour publier les réutilisations de l’ADEME.",
    created: ASKED,
    status: "pending",
    handled_by: null,
    handled_on: null,
  });
}
