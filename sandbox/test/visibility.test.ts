import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../seed/demo";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "./harness";

/** udata's visibility rules, for anonymous callers, owners, organization members and admins. */
type Reuse = { id: string; private: boolean; deleted: string | null; organization: { id: string } | null };

let sandbox: TestSandbox;
let personal: Reuse[];
let cerema: Reuse[];

const status = async (path: string, key?: string) => (await sandbox.call(path, { key })).status;
const ids = async (query: string, key?: string) =>
  (await jsonOf<{ data: Reuse[] }>(await sandbox.call(`/api/1/reuses/${query}&page_size=100`, { key }))).body.data.map(
    (reuse) => reuse.id,
  );

beforeAll(async () => {
  sandbox = await startTestSandbox();
  personal = (await jsonOf<Reuse[]>(await sandbox.call("/api/1/me/reuses/", { key: KEYS.producer }))).body;
  cerema = (await jsonOf<Reuse[]>(await sandbox.call("/api/1/me/org_reuses/", { key: KEYS.member }))).body;
});
afterAll(() => sandbox.close());

describe("visibility", () => {
  it("gives the producer four personal reuses: two public, one private, one deleted", () => {
    expect(personal).toHaveLength(4);
    expect(personal.filter((reuse) => reuse.private)).toHaveLength(1);
    expect(personal.filter((reuse) => reuse.deleted)).toHaveLength(1);
  });

  it("answers 404 for a private reuse and 410 for a deleted one, except to the owner and admins", async () => {
    const hidden = personal.find((reuse) => reuse.private);
    const deleted = personal.find((reuse) => reuse.deleted);
    expect(await status(`/api/1/reuses/${hidden?.id ?? ""}/`)).toBe(404);
    expect(await status(`/api/1/reuses/${hidden?.id ?? ""}/`, KEYS.member)).toBe(404);
    const gone = await jsonOf(await sandbox.call(`/api/1/reuses/${deleted?.id ?? ""}/`));
    expect(gone).toEqual({ status: 410, body: { message: "This reuse has been deleted" } });
    for (const key of [KEYS.producer, KEYS.admin]) {
      expect(await status(`/api/1/reuses/${hidden?.id ?? ""}/`, key)).toBe(200);
      expect(await status(`/api/1/reuses/${deleted?.id ?? ""}/`, key)).toBe(200);
    }
  });

  it("lists the caller's own private and deleted reuses only when called with their key (or a site admin's)", async () => {
    const query = `?owner=${DEMO_ACCOUNTS.producer.id}`;
    expect(await ids(query)).toHaveLength(2);
    expect((await ids(query, KEYS.producer)).sort()).toEqual(personal.map((reuse) => reuse.id).sort());
    // A site admin lists everything (udata/core/owned.py OwnedQuerySet.visible_by_user: `if user.sysadmin`).
    expect((await ids(query, KEYS.admin)).sort()).toEqual(personal.map((reuse) => reuse.id).sort());
  });

  it("shows an organization's private reuse to its members only", async () => {
    const hidden = cerema.find((reuse) => reuse.private);
    const query = `?organization=${DEMO_ACCOUNTS.member.organization.id}`;
    expect(hidden).toBeDefined();
    expect(await status(`/api/1/reuses/${hidden?.id ?? ""}/`)).toBe(404);
    expect(await status(`/api/1/reuses/${hidden?.id ?? ""}/`, KEYS.member)).toBe(200);
    expect(await ids(query)).not.toContain(hidden?.id);
    expect(await ids(query, KEYS.member)).toContain(hidden?.id);
    expect(await ids(query, KEYS.producer)).not.toContain(hidden?.id);
  });
});
