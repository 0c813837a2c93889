import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "../harness";

/** Transfers of reuses (udata/features/transfer/api.py, actions.py, permissions.py; tests/api/test_transfer_api.py). */
const PRODUCER = "100000000000000000000001";
const ADEME = "534fff4ca3a7292c64a77c95";
const CEREMA = "5c812a16634f416583ed1876";
const UNKNOWN = "0123456789abcdef01234567";

type Transfer = Record<string, unknown> & {
  id: string;
  status: string;
  owner: { class: string; id: string };
  recipient: { class: string; id: string };
  subject: { class: string; id: string; title: string };
  user: { id: string } | null;
};
type Reuse = { id: string; deleted: string | null; private: boolean; organization: { id: string } | null };

let sandbox: TestSandbox;
let personal: Reuse[];
let cerema: Reuse;
beforeAll(async () => {
  sandbox = await startTestSandbox();
  const mine = await jsonOf<Reuse[]>(await sandbox.call("/api/1/me/reuses/", { key: KEYS.producer }));
  personal = mine.body.filter((reuse) => !reuse.deleted && !reuse.organization);
  const page = await jsonOf<{ data: Reuse[] }>(await sandbox.call(`/api/1/reuses/?organization=${CEREMA}&page_size=1`));
  cerema = page.body.data[0] ?? { id: "", deleted: null, private: false, organization: null };
});
afterAll(() => sandbox.close());

const reuseRef = (id: string) => ({ class: "Reuse", id });
const request = (json: unknown, key?: string) =>
  sandbox.call("/api/1/transfer/", { method: "POST", json, key }).then((response) => jsonOf<Transfer>(response));
const respond = (id: string, json: unknown, key?: string) =>
  sandbox.call(`/api/1/transfer/${id}/`, { method: "POST", json, key }).then((response) => jsonOf<Transfer>(response));
const list = (query: string, key?: string) =>
  sandbox.call(`/api/1/transfer/?${query}`, { key }).then((response) => jsonOf<Transfer[]>(response));

describe("TransferRequestsAPI.post (api.py) and actions.request_transfer", () => {
  it("asks to give a personal reuse to an organization: 201, the transfer pending — test_request_dataset_transfer", async () => {
    const reuse = personal[0]?.id ?? "";
    const { status, body } = await request(
      { subject: reuseRef(reuse), recipient: { class: "Organization", id: ADEME }, comment: "À l’ADEME" },
      KEYS.producer,
    );
    expect(status).toBe(201);
    expect(body).toMatchObject({
      comment: "À l’ADEME",
      status: "pending",
      responded: null,
      reponse_comment: null,
      owner: { class: "User", id: PRODUCER },
      recipient: { class: "Organization", id: ADEME },
      subject: { class: "Reuse", id: reuse },
      user: { id: PRODUCER },
    });
    expect(Object.keys(body).sort()).toEqual([
      "comment",
      "created",
      "id",
      "owner",
      "recipient",
      "reponse_comment",
      "responded",
      "status",
      "subject",
      "user",
    ]);
  });

  it("needs a signed-in caller: 401 — @api.secure", async () => {
    const { status } = await request({
      subject: reuseRef(personal[0]?.id ?? ""),
      recipient: { class: "User", id: PRODUCER },
    });
    expect(status).toBe(401);
  });

  it("refuses a caller who does not own the reuse: 403 — TransferPermission, test_request_transfer_not_authorized_not_owner", async () => {
    const { status, body } = await request(
      { subject: reuseRef(personal[0]?.id ?? ""), recipient: { class: "Organization", id: CEREMA } },
      KEYS.member,
    );
    expect(status).toBe(403);
    expect(body).toEqual({ message: "You do not have the permission to modify that object." });
  });

  it("refuses an editor of the owning organization: 403 — OrganizationAdminNeed, test_request_transfer_not_authorized_not_admin", async () => {
    const { status } = await request(
      { subject: reuseRef(cerema.id), recipient: { class: "User", id: PRODUCER } },
      KEYS.member,
    );
    expect(status).toBe(403);
  });

  it("refuses the current owner as recipient: 400 with the ValueError's message — test_request_transfer_to_self", async () => {
    const { status, body } = await request(
      { subject: reuseRef(personal[0]?.id ?? ""), recipient: { class: "User", id: PRODUCER } },
      KEYS.producer,
    );
    expect(status).toBe(400);
    expect(body).toEqual({ message: "Recipient should be different than the current owner" });
  });

  it("answers an unknown subject or recipient with that field's error — test_400_on_bad_subject, test_400_on_bad_recipient", async () => {
    const subject = await request(
      { subject: reuseRef(UNKNOWN), recipient: { class: "User", id: PRODUCER } },
      KEYS.producer,
    );
    expect(subject).toEqual({ status: 400, body: { errors: { subject: `Unkown subject id "${UNKNOWN}"` } } });
    const recipient = await request(
      { subject: reuseRef(personal[0]?.id ?? ""), recipient: { class: "User", id: UNKNOWN } },
      KEYS.producer,
    );
    expect(recipient).toEqual({ status: 400, body: { errors: { recipient: `Unkown recipient id "${UNKNOWN}"` } } });
  });

  it("answers a class udata does not know with db.resolve_model's ValueError", async () => {
    const { status, body } = await request(
      { subject: { class: "Spaceship", id: UNKNOWN }, recipient: { class: "User", id: PRODUCER } },
      KEYS.producer,
    );
    expect(status).toBe(400);
    expect(body).toEqual({ message: 'Model "Spaceship" does not exist' });
  });
});

describe("TransferRequestsAPI.get (api.py): what the caller may see", () => {
  it("needs a subject or a recipient: 400", async () => {
    expect(await list("status=pending", KEYS.producer)).toEqual({
      status: 400,
      body: { message: "Please provide at least a `subject` or a `recipient`" },
    });
  });

  it("lists the seeded transfer to Demo Producer for them, nothing for others — TransferResponsePermission", async () => {
    const mine = await list(`recipient=${PRODUCER}&status=pending`, KEYS.producer);
    expect(mine.status).toBe(200);
    expect(mine.body).toHaveLength(1);
    expect(mine.body[0]).toMatchObject({ recipient: { class: "User", id: PRODUCER }, status: "pending" });
    expect((await list(`recipient=${PRODUCER}`, KEYS.member)).body).toEqual([]);
    expect((await list(`recipient=${PRODUCER}`)).body).toEqual([]);
  });

  it("filters by subject, subject_type and status", async () => {
    const reuse = personal[0]?.id ?? "";
    expect((await list(`subject=${reuse}&status=pending`, KEYS.producer)).body).toHaveLength(1);
    expect((await list(`subject=${reuse}&subject_type=Dataset`, KEYS.producer)).body).toEqual([]);
    expect((await list(`subject=${reuse}&status=refused`, KEYS.producer)).body).toEqual([]);
    expect((await list(`subject=${reuse}&status=maybe`, KEYS.producer)).status).toBe(400);
  });
});

describe("TransferRequestAPI (api.py): one transfer, and its answer (accept_transfer, refuse_transfer)", () => {
  it("reads any transfer by id, anonymously; 404 for an unknown one", async () => {
    const [transfer] = (await list(`subject=${personal[0]?.id ?? ""}`, KEYS.producer)).body;
    const read = await jsonOf<Transfer>(await sandbox.call(`/api/1/transfer/${transfer?.id ?? ""}/`));
    expect(read.status).toBe(200);
    expect(read.body.id).toBe(transfer?.id);
    expect((await sandbox.call(`/api/1/transfer/${UNKNOWN}/`)).status).toBe(404);
    expect((await sandbox.call("/api/1/transfer/not-an-id/")).status).toBe(404);
  });

  it("lets only the recipient's admins answer: 403 for a non-member — TransferResponsePermission", async () => {
    const [transfer] = (await list(`subject=${personal[0]?.id ?? ""}`, KEYS.producer)).body;
    const { status, body } = await respond(transfer?.id ?? "", { response: "accept" }, KEYS.member);
    expect(status).toBe(403);
    expect(body).toEqual({ message: "You do not have the permission to modify that object." });
  });

  it("accepting gives the reuse to the organization, then no second answer — test_cannot_accept_or_refuse_transfer_after_accepting_or_refusing", async () => {
    const reuse = personal[0]?.id ?? "";
    const [transfer] = (await list(`subject=${reuse}`, KEYS.producer)).body;
    const accepted = await respond(transfer?.id ?? "", { response: "accept", comment: "Merci" }, KEYS.producer);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: "accepted", reponse_comment: null });
    expect(accepted.body.responded).toEqual(expect.any(String));
    const moved = await jsonOf<{ organization: { id: string } | null; owner: unknown }>(
      await sandbox.call(`/api/1/reuses/${reuse}/`, { key: KEYS.producer }),
    );
    expect(moved.body.organization?.id).toBe(ADEME);
    expect(moved.body.owner).toBeNull();
    const again = await respond(transfer?.id ?? "", { response: "refuse" }, KEYS.producer);
    expect(again).toEqual({ status: 400, body: { message: "Cannot update transfer after accepting/refusing" } });
  });

  it("refusing leaves the reuse where it was (refuse_transfer)", async () => {
    const reuse = personal[1]?.id ?? "";
    const asked = await request(
      { subject: reuseRef(reuse), recipient: { class: "Organization", id: ADEME } },
      KEYS.producer,
    );
    const refused = await respond(asked.body.id, { response: "refuse" }, KEYS.producer);
    expect(refused.body.status).toBe("refused");
    const still = await jsonOf<{ organization: unknown; owner: { id: string } }>(
      await sandbox.call(`/api/1/reuses/${reuse}/`, { key: KEYS.producer }),
    );
    expect(still.body.organization).toBeNull();
    expect(still.body.owner.id).toBe(PRODUCER);
  });

  it("answers a response other than accept or refuse with the empty ValueError: 400", async () => {
    const asked = await request(
      { subject: reuseRef(personal[1]?.id ?? ""), recipient: { class: "Organization", id: ADEME } },
      KEYS.producer,
    );
    expect(await respond(asked.body.id, { response: "maybe" }, KEYS.producer)).toEqual({
      status: 400,
      body: { message: "" },
    });
  });
});

describe("SuggestUsersAPI.get (udata/core/user/api.py, api_fields.py user_suggestion_fields): recipients to look for", () => {
  it("finds users by their slug, with the e-mail's domain only for others", async () => {
    const { status, body } = await jsonOf<Record<string, unknown>[]>(
      await sandbox.call("/api/1/users/suggest/?q=Demo%20Producer", { key: KEYS.member }),
    );
    expect(status).toBe(200);
    expect(body).toEqual([
      {
        avatar_url: null,
        email: "***@example.org",
        first_name: "Demo",
        id: PRODUCER,
        last_name: "Producer",
        slug: "demo-producer",
      },
    ]);
    const self = await jsonOf<{ email: string }[]>(
      await sandbox.call("/api/1/users/suggest/?q=demo-producer", { key: KEYS.producer }),
    );
    expect(self.body[0]?.email).toBe("demo-producer@example.org");
  });

  it("wants a q, and a size between 1 and 20 (suggest_size)", async () => {
    expect((await sandbox.call("/api/1/users/suggest/")).status).toBe(400);
    const { status, body } = await jsonOf(await sandbox.call("/api/1/users/suggest/?q=demo&size=21"));
    expect(status).toBe(400);
    expect(body).toMatchObject({ errors: { size: "The size must be an integer between 1 and 20." } });
  });
});
