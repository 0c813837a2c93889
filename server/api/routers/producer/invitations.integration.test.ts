import { describe, expect, it } from "vitest";

import { sandboxUrl } from "~/server/test/sandbox";
import { signedInUser } from "~/server/test/session";

/** An organization of the catalogue no other test uses. */
const DIGILOR = "64d625236ba96aa1e25dfcd3";

/** An admin of the organization invites the user (udata's `POST /organizations/{id}/member/`). */
async function invite(adminKey: string, user: string): Promise<void> {
  const response = await fetch(`${sandboxUrl}/api/1/organizations/${DIGILOR}/member/`, {
    method: "POST",
    headers: { "X-API-KEY": adminKey, "Content-Type": "application/json" },
    body: JSON.stringify({ user, role: "editor", comment: "Rejoignez Digilor" }),
  });
  expect(response.status).toBe(201);
}

describe("invitations against the sandbox", () => {
  it("lists an invitation; accepting it makes the organization one the user may publish for", async () => {
    const admin = await signedInUser("Invitante", { organizations: [DIGILOR] });
    const invited = await signedInUser("Invitée");
    await invite(admin.apikey, invited.id);
    const [invitation, ...others] = await invited.caller.invitations.pending();
    expect(others).toEqual([]);
    expect(invitation).toMatchObject({ organization: { id: DIGILOR, name: "Digilor" }, role: "editor" });
    expect((await invited.caller.account.producers()).organizations).toEqual([]);

    expect(await invited.caller.invitations.answer({ id: invitation?.id ?? "", accept: true })).toEqual({
      accepted: true,
    });
    expect(await invited.caller.invitations.pending()).toEqual([]);
    expect((await invited.caller.account.producers()).organizations).toEqual([{ id: DIGILOR, name: "Digilor" }]);
  });

  it("refusing leaves the user out", async () => {
    const admin = await signedInUser("Hôte", { organizations: [DIGILOR] });
    const invited = await signedInUser("Déclinante");
    await invite(admin.apikey, invited.id);
    const [invitation] = await invited.caller.invitations.pending();
    await invited.caller.invitations.answer({ id: invitation?.id ?? "", accept: false });
    expect(await invited.caller.invitations.pending()).toEqual([]);
    expect((await invited.caller.account.producers()).organizations).toEqual([]);
  });
});
