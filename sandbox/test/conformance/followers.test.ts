import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "../harness";

/** Following a reuse, as the site's "Suivre" button does it (and as cdata's FollowButton knows its state). */
let sandbox: TestSandbox;
let reuse: { id: string; slug: string };
const PRODUCER_ID = "100000000000000000000001";
beforeAll(async () => {
  sandbox = await startTestSandbox();
  const page = await jsonOf<{ data: { id: string; slug: string }[] }>(await sandbox.call("/api/1/reuses/?page_size=1"));
  reuse = page.body.data[0] ?? { id: "", slug: "" };
});
afterAll(() => sandbox.close());

const followers = (method: string, key?: string) =>
  sandbox.call(`/api/1/reuses/${reuse.id}/followers/`, { method, key }).then((response) => jsonOf(response));
const followersOf = async (user: string) =>
  (await jsonOf<{ total: number }>(await sandbox.call(`/api/1/reuses/${reuse.slug}/followers/?user=${user}`))).body
    .total;

describe("FollowAPI (udata/core/followers/api.py)", () => {
  it("post: 201 {followers: N} the first time, 200 with the same count after — FollowAPI.post (get_or_create)", async () => {
    const before = (await jsonOf<{ metrics: { followers: number } }>(await sandbox.call(`/api/1/reuses/${reuse.id}/`)))
      .body.metrics.followers;
    expect(await followers("POST", KEYS.producer)).toEqual({ status: 201, body: { followers: before + 1 } });
    expect(await followers("POST", KEYS.producer)).toEqual({ status: 200, body: { followers: before + 1 } });
    expect(await followers("DELETE", KEYS.producer)).toEqual({ status: 200, body: { followers: before } });
  });

  it("get ?user=: whether that user follows, by slug too — FollowAPI.get (the filter cdata's FollowButton reads)", async () => {
    expect(await followersOf(PRODUCER_ID)).toBe(0);
    await followers("POST", KEYS.producer);
    expect(await followersOf(PRODUCER_ID)).toBe(1);
    await followers("DELETE", KEYS.producer);
    expect(await followersOf(PRODUCER_ID)).toBe(0);
    expect((await sandbox.call(`/api/1/reuses/${reuse.id}/followers/?user=not-an-id`)).status).toBe(404);
  });

  it("delete when not following: 404 — FollowAPI.delete (Follow.objects.get_or_404)", async () => {
    expect((await followers("DELETE", KEYS.member)).status).toBe(404);
  });

  it("post and delete are secure: 401 anonymous — FollowAPI.post/delete (@api.secure)", async () => {
    expect((await followers("POST")).status).toBe(401);
    expect((await followers("DELETE")).status).toBe(401);
  });
});
