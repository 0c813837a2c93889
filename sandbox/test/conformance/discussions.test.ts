import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "../harness";

interface Discussion {
  id: string;
  title: string;
  closed: string | null;
  closed_by: { id: string } | null;
  subject: { class: string; id: string };
  user: { id: string } | null;
  discussion: { content: string; posted_by: { id: string } | null }[];
}
interface Page<T> {
  data: T[];
  total: number;
  page: number;
  page_size: number;
}

let sandbox: TestSandbox;
let reuseId: string;
beforeAll(async () => {
  sandbox = await startTestSandbox();
  const own = await jsonOf<{ id: string; private: boolean; deleted: string | null }[]>(
    await sandbox.call("/api/1/me/reuses/", { key: KEYS.producer }),
  );
  const reuse = own.body.find((item) => !item.private && !item.deleted);
  if (!reuse) throw new Error("the demo producer has a public reuse");
  reuseId = reuse.id;
});
afterAll(() => sandbox.close());

async function newAccount(): Promise<{ id: string; apikey: string }> {
  const response = await sandbox.call("/_sandbox/users", {
    method: "POST",
    json: { first_name: "Dis", last_name: "Cussion" },
  });
  return (await jsonOf<{ id: string; apikey: string }>(response)).body;
}

async function start(key: string, json: object) {
  return jsonOf<Discussion & { errors?: Record<string, string>; message?: string }>(
    await sandbox.call("/api/1/discussions/", { method: "POST", key, json }),
  );
}

describe("/api/1/discussions/", () => {
  it("lists the discussions of a subject, open and closed, newest first — udata/core/discussions/api.py DiscussionsAPI.get, models.py filter_by_subject, filter_by_closed", async () => {
    const all = await jsonOf<Page<Discussion>>(await sandbox.call(`/api/1/discussions/?for=${reuseId}&page_size=50`));
    expect(all.status).toBe(200);
    expect(all.body.total).toBeGreaterThan(0);
    expect(all.body.data.every((item) => item.subject.id === reuseId && item.subject.class === "Reuse")).toBe(true);
    const created = all.body.data.map((item) => (item as unknown as { created: string }).created);
    expect(created).toEqual([...created].sort().reverse());
    const open = await jsonOf<Page<Discussion>>(await sandbox.call(`/api/1/discussions/?for=${reuseId}&closed=false`));
    expect(open.body.data.every((item) => item.closed === null)).toBe(true);
    const bad = await jsonOf<{ errors: Record<string, string> }>(await sandbox.call("/api/1/discussions/?sort=nope"));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.sort).toContain("is not a valid choice for 'sort'");
  });

  it("starts a discussion for a signed-in user only, with udata's field errors — DiscussionsAPI.post, api.secure", async () => {
    const json = { title: "Une question", comment: "Bonjour **tous**", subject: { class: "Reuse", id: reuseId } };
    const anonymous = await sandbox.call("/api/1/discussions/", { method: "POST", json });
    expect(anonymous.status).toBe(401);
    const account = await newAccount();
    const created = await start(account.apikey, json);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: "Une question", closed: null, user: { id: account.id } });
    expect(created.body.discussion).toMatchObject([{ content: "Bonjour **tous**", posted_by: { id: account.id } }]);
    const read = await jsonOf<Discussion>(await sandbox.call(`/api/1/discussions/${created.body.id}/`));
    expect(read.body.id).toBe(created.body.id);
    const untitled = await start(account.apikey, { ...json, title: "" });
    expect(untitled.status).toBe(400);
    expect(untitled.body.errors).toEqual({ title: "Field is required" });
    const unknown = await start(account.apikey, { ...json, subject: { class: "Reuse", id: "0".repeat(24) } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toBe(`Unknown reference '${"0".repeat(24)}'`);
    expect((await sandbox.call("/api/1/discussions/nope/")).status).toBe(404);
  });

  it("lets the author and the subject's owners close, not others; a closed discussion takes no comment — DiscussionAPI.post, permissions.py DiscussionAuthorOrSubjectOwnerPermission", async () => {
    const author = await newAccount();
    const stranger = await newAccount();
    const { body } = await start(author.apikey, {
      title: "À clore",
      comment: "?",
      subject: { class: "Reuse", id: reuseId },
    });
    const url = `/api/1/discussions/${body.id}/`;
    const reply = await jsonOf<Discussion>(
      await sandbox.call(url, { method: "POST", key: stranger.apikey, json: { comment: "Moi aussi" } }),
    );
    expect(reply.status).toBe(200);
    expect(reply.body.discussion.map((message) => message.content)).toEqual(["?", "Moi aussi"]);
    const empty = await jsonOf<{ message: string }>(
      await sandbox.call(url, { method: "POST", key: stranger.apikey, json: {} }),
    );
    expect(empty.status).toBe(400);
    expect(empty.body.message).toBe("Can only close without message. Please provide either `close` or a `comment`.");
    const refused = await sandbox.call(url, {
      method: "POST",
      key: stranger.apikey,
      json: { comment: "Je clos", close: true },
    });
    expect(refused.status).toBe(403);
    const closed = await jsonOf<Discussion>(
      await sandbox.call(url, { method: "POST", key: KEYS.producer, json: { comment: "Réglé", close: true } }),
    );
    expect(closed.status).toBe(200);
    expect(closed.body.closed).not.toBeNull();
    const late = await jsonOf<{ message: string }>(
      await sandbox.call(url, { method: "POST", key: author.apikey, json: { comment: "Encore" } }),
    );
    expect(late).toMatchObject({ status: 403, body: { message: "Can't add comments on a closed discussion" } });
  });
});
