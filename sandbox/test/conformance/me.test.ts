import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../seed/demo";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "../harness";
import { createReuse } from "../new-reuse";

/** The caller's profile, metrics and lists as udata serialises them. */
type User = Record<string, unknown> & { metrics: Record<string, number> };

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

async function newAccount(): Promise<{ id: string; apikey: string }> {
  const response = await sandbox.call("/_sandbox/users", {
    method: "POST",
    json: { first_name: "Conformité", last_name: "Moi" },
  });
  return (await jsonOf<{ id: string; apikey: string }>(response)).body;
}

describe("/me/ and /users/{id}/", () => {
  it("serialises the user's fields, private ones to the user only — udata/core/user/models.py User, _email_for_admin_or_self, _visible_login_date", async () => {
    const account = await newAccount();
    const me = await jsonOf<User>(await sandbox.call("/api/1/me/", { key: account.apikey }));
    expect(me.body).toMatchObject({
      active: true,
      id: account.id,
      password_rotation_demanded: null,
      password_rotation_performed: null,
      roles: [],
    });
    expect(me.body.email).toMatch(/@/);
    expect(Object.keys(me.body.metrics).sort()).toEqual([
      "dataservices",
      "datasets",
      "followers",
      "following",
      "reuses",
    ]);
    const seen = await jsonOf<User>(await sandbox.call(`/api/1/users/${account.id}/`, { key: KEYS.member }));
    expect(seen.body).toMatchObject({ active: true, email: null, last_login_at: null });
    const byAdmin = await jsonOf<User>(await sandbox.call(`/api/1/users/${account.id}/`, { key: KEYS.admin }));
    expect(byAdmin.body.email).toBe(me.body.email);
  });

  it("counts visible reuses owned and follows made in the user's metrics — udata/core/user/models.py User.count_reuses, count_following", async () => {
    const account = await newAccount();
    await createReuse(sandbox, account.apikey);
    await createReuse(sandbox, account.apikey, { private: true });
    const followed = await createReuse(sandbox, KEYS.producer);
    await sandbox.call(`/api/1/reuses/${followed.id}/followers/`, { method: "POST", key: account.apikey });
    const me = await jsonOf<User>(await sandbox.call("/api/1/me/", { key: account.apikey }));
    expect(me.body.metrics).toEqual({ dataservices: 0, datasets: 0, followers: 0, following: 1, reuses: 1 });
  });
});

describe("GET /me/metrics/", () => {
  it("counts the user's followers, not the follows the user made — udata/core/user/models.py User.followers_count", async () => {
    const account = await newAccount();
    const followed = await createReuse(sandbox, KEYS.producer);
    await sandbox.call(`/api/1/reuses/${followed.id}/followers/`, { method: "POST", key: account.apikey });
    const { body } = await jsonOf(await sandbox.call("/api/1/me/metrics/", { key: account.apikey }));
    expect(body).toEqual({
      datasets_count: 0,
      datasets_org_count: 0,
      followers_count: 0,
      followers_org_count: 0,
      id: account.id,
      resources_availability: 100,
    });
  });
});

describe("the /me/ lists", () => {
  it("lists open discussions only in org_discussions — udata/core/user/api.py MyOrgDiscussionsAPI.get, udata/core/discussions/actions.py discussions_for", async () => {
    // The seeded discussions of this organization's dataset include closed ones.
    const { body: account } = await jsonOf<{ apikey: string }>(
      await sandbox.call("/_sandbox/users", {
        method: "POST",
        json: { first_name: "Admin", last_name: "Discussions", organizations: ["534fff8ea3a7292c64a77f02"] },
      }),
    );
    const { body } = await jsonOf<{ closed: string | null }[]>(
      await sandbox.call("/api/1/me/org_discussions/", { key: account.apikey }),
    );
    expect(body.length).toBeGreaterThan(0);
    expect(body.every((discussion) => discussion.closed === null)).toBe(true);
  });

  it("filters org_reuses with a case-insensitive substring of the title, accents included — udata/core/user/api.py MyOrgReusesAPI.get (title__icontains)", async () => {
    const reuse = await createReuse(sandbox, KEYS.producer, {
      title: "Écoles du Périgord",
      organization: DEMO_ACCOUNTS.producer.organization.id,
    });
    const titles = async (q: string) =>
      (
        await jsonOf<{ id: string }[]>(
          await sandbox.call(`/api/1/me/org_reuses/?q=${encodeURIComponent(q)}`, { key: KEYS.producer }),
        )
      ).body.map((found) => found.id);
    expect(await titles("PÉRIGORD")).toContain(reuse.id);
    expect(await titles("perigord")).not.toContain(reuse.id);
  });

  it("uploads the avatar at /me/avatar/, the path without its slash being a redirect — udata/core/user/api.py AvatarAPI.post", async () => {
    const account = await newAccount();
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])], { type: "image/jpeg" }), "a.jpg");
    const moved = await sandbox.call("/api/1/me/avatar", { method: "POST", key: account.apikey, body: form });
    expect(moved.status).toBe(308);
    expect(moved.headers.get("location")).toBe(`${sandbox.url}/api/1/me/avatar/`);
  });
});
