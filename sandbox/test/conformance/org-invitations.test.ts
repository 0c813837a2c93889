import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "../harness";

/** Invitations to join an organization (udata 17: udata/core/user/api.py, organization/api.py MemberInviteAPI). */
const ADEME = "534fff4ca3a7292c64a77c95";

type Invitation = { id: string; organization: { id: string; name: string }; role: string; comment: string | null };

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

const invitations = (key?: string) =>
  sandbox.call("/api/1/me/org_invitations/", { key }).then((response) => jsonOf<Invitation[]>(response));
const answer = (id: string, verb: "accept" | "refuse", key?: string) =>
  sandbox.call(`/api/1/me/org_invitations/${id}/${verb}/`, { method: "POST", key }).then((r) => jsonOf(r));
async function newUser(): Promise<{ id: string; apikey: string }> {
  const response = await sandbox.call("/_sandbox/users", {
    method: "POST",
    json: { first_name: "Invitée", last_name: "Test" },
  });
  return (await response.json()) as { id: string; apikey: string };
}
const invite = (user: string, key: string) =>
  sandbox
    .call(`/api/1/organizations/${ADEME}/member/`, {
      method: "POST",
      key,
      json: { user, role: "editor", comment: "Bienvenue" },
    })
    .then((response) => jsonOf<{ id: string; kind: string; status: string }>(response));

describe("MyOrgInvitationsAPI.get (udata/core/user/api.py, pending_invitation_fields)", () => {
  it("lists Demo Member's seeded invitation to ADEME, with udata's fields", async () => {
    const { status, body } = await invitations(KEYS.member);
    expect(status).toBe(200);
    expect(body).toHaveLength(1);
    expect(Object.keys(body[0] ?? {}).sort()).toEqual([
      "assignments",
      "comment",
      "created",
      "id",
      "organization",
      "role",
    ]);
    expect(body[0]).toMatchObject({
      organization: { id: ADEME, class: "Organization" },
      role: "editor",
      assignments: [],
    });
  });

  it("is empty for someone not invited, 401 anonymously (@api.secure)", async () => {
    expect((await invitations(KEYS.producer)).body).toEqual([]);
    expect((await invitations()).status).toBe(401);
  });
});

describe("MemberInviteAPI.post (udata/core/organization/api.py, Organization.create_invitation)", () => {
  it("lets an organization admin invite a user: 201, an invitation pending; 403 for others", async () => {
    const user = await newUser();
    const made = await invite(user.id, KEYS.producer);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ kind: "invitation", status: "pending" });
    expect((await invite(user.id, KEYS.member)).status).toBe(403);
    const twice = await invite(user.id, KEYS.producer);
    expect(twice.status).toBe(400);
    expect(twice.body).toMatchObject({ errors: { user: "A request or invitation is already pending for this user" } });
  });
});

describe("AcceptOrgInvitationAPI.post, RefuseOrgInvitationAPI.post (udata/core/user/api.py)", () => {
  it("accepting makes the user a member with the invited role; a second answer is a 400", async () => {
    const user = await newUser();
    const made = await invite(user.id, KEYS.producer);
    expect(await answer(made.body.id, "accept", KEYS.member)).toEqual({
      status: 404,
      body: { message: "Invitation not found" },
    });
    expect(await answer(made.body.id, "accept", user.apikey)).toEqual({
      status: 200,
      body: { message: "Invitation accepted" },
    });
    const me = await jsonOf<{ organizations: { id: string }[] }>(
      await sandbox.call("/api/1/me/", { key: user.apikey }),
    );
    expect(me.body.organizations.map(({ id }) => id)).toContain(ADEME);
    expect(await answer(made.body.id, "refuse", user.apikey)).toEqual({
      status: 400,
      body: { message: "Invitation is not pending" },
    });
  });

  it("refusing leaves the user out, and the invitation leaves the list", async () => {
    const user = await newUser();
    const made = await invite(user.id, KEYS.producer);
    expect((await invitations(user.apikey)).body).toHaveLength(1);
    expect(await answer(made.body.id, "refuse", user.apikey)).toEqual({
      status: 200,
      body: { message: "Invitation refused" },
    });
    expect((await invitations(user.apikey)).body).toEqual([]);
    const me = await jsonOf<{ organizations: { id: string }[] }>(
      await sandbox.call("/api/1/me/", { key: user.apikey }),
    );
    expect(me.body.organizations).toEqual([]);
  });

  it("an id that is not a UUID matches no route: 404", async () => {
    expect(
      (await sandbox.call("/api/1/me/org_invitations/123/accept/", { method: "POST", key: KEYS.member })).status,
    ).toBe(404);
  });
});
