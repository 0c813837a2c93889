import { afterEach, describe, expect, it } from "vitest";

import { CEREMA, control, someDatasets, upstreamRequests } from "~/server/test/sandbox";
import { anonymous, newUser, signedIn, signedInUser } from "~/server/test/session";
import { newReuseFields } from "./new-reuse-fields";
import { tagsInvalidatedAt } from "~/server/cache/invalidation";
import { TAGS } from "~/server/cache/tags";

/** The smallest PNG: one transparent pixel. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

function imageForm(id: string, file: File, bbox?: string): FormData {
  const form = new FormData();
  form.append("id", id);
  form.append("file", file);
  if (bbox) form.append("bbox", bbox);
  return form;
}

describe("producerReuses.uploadImage", () => {
  it("uploads a cropped image, sent as multipart with its bbox", async () => {
    const { caller } = await signedInUser("Image");
    const { id } = await caller.producerReuses.create(newReuseFields("image"));
    const file = new File([PNG], "photo de vacances.png", { type: "image/png" });
    const { image } = await caller.producerReuses.uploadImage(imageForm(id, file, "0,0,1,1"));
    expect(image).toMatch(/\/_sandbox\/uploads\/[0-9a-f]{40}\.png$/);
    expect((await caller.producerReuses.get({ id })).image).toBe(image);
  });

  it("refuses an image over 4 MB, or not an image, before any upstream call", async () => {
    const { caller } = await signedInUser("Lourde");
    const { id } = await caller.producerReuses.create(newReuseFields("lourde"));
    const big = new File([new Uint8Array(4 * 1024 * 1024 + 1)], "big.png", { type: "image/png" });
    const text = new File(["bonjour"], "notes.txt", { type: "text/plain" });
    for (const form of [
      imageForm(id, big),
      imageForm(id, text),
      imageForm(id, new File([PNG], "a.png", { type: "image/png" }), "5,5,1,1"),
    ]) {
      await expect(caller.producerReuses.uploadImage(form)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    const uploads = (await upstreamRequests()).filter((request) => request.path === `/api/1/reuses/${id}/image/`);
    expect(uploads).toEqual([]);
  });
});

describe("adminReuses", () => {
  async function publicReuse() {
    const { caller } = await signedInUser("Vedette");
    const { id, slug } = await caller.producerReuses.create(newReuseFields("vedette"));
    await caller.producerReuses.addDatasets({ id, datasets: await someDatasets(1) });
    await caller.producerReuses.setPrivate({ id, private: false });
    return { id, slug, owner: caller };
  }

  it("lets a site admin feature and unfeature a reuse", async () => {
    const { id, slug } = await publicReuse();
    const admin = await signedInUser("Admin", { roles: ["admin"] });
    expect(await admin.caller.adminReuses.feature({ id })).toEqual({ featured: true });
    expect((await anonymous.reuses.get({ slug })).featured).toBe(true);
    expect(await admin.caller.adminReuses.unfeature({ id })).toEqual({ featured: false });
    expect((await anonymous.reuses.get({ slug })).featured).toBe(false);
  });

  it("makes the home page and the listings (their featured filter) read again when featuring changes", async () => {
    const { id } = await publicReuse();
    const admin = await signedInUser("Admin", { roles: ["admin"] });
    for (const write of [
      () => admin.caller.adminReuses.feature({ id }),
      () => admin.caller.adminReuses.unfeature({ id }),
    ]) {
      const before = Date.now();
      await write();
      const invalidatedAt = await tagsInvalidatedAt();
      for (const tag of [TAGS.home, TAGS.listings, TAGS.reuse(id)])
        expect(invalidatedAt([tag])).toBeGreaterThanOrEqual(before);
    }
  });

  describe("badges", () => {
    afterEach(() => control("DELETE", "badges"));

    it("lists no kind on udata 17, where adding one is refused, said in French", async () => {
      const { id } = await publicReuse();
      const admin = await signedInUser("Admin", { roles: ["admin"] });
      expect(await admin.caller.adminReuses.badgeKinds()).toEqual([]);
      await expect(admin.caller.adminReuses.addBadge({ id, kind: "coup-de-coeur" })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: "data.gouv.fr ne propose pas ce badge.",
      });
    });

    it("adds and removes a kind the instance lists, with its label", async () => {
      await control("POST", "badges", { kind: "coup-de-coeur", label: "Coup de cœur" });
      const { id, slug } = await publicReuse();
      const admin = await signedInUser("Admin", { roles: ["admin"] });
      expect(await admin.caller.adminReuses.badgeKinds()).toEqual([{ id: "coup-de-coeur", label: "Coup de cœur" }]);
      expect(await admin.caller.adminReuses.addBadge({ id, kind: "coup-de-coeur" })).toEqual({ kind: "coup-de-coeur" });
      expect((await anonymous.reuses.get({ slug })).badges).toEqual([{ kind: "coup-de-coeur" }]);
      await admin.caller.adminReuses.removeBadge({ id, kind: "coup-de-coeur" });
      expect((await anonymous.reuses.get({ slug })).badges).toEqual([]);
    });
  });

  it("refuses everyone else, even the reuse's owner, before any upstream call", async () => {
    const { id, owner } = await publicReuse();
    for (const call of [
      () => owner.adminReuses.feature({ id }),
      () => owner.adminReuses.unfeature({ id }),
      () => owner.adminReuses.addBadge({ id, kind: "certified" }),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const adminCalls = (await upstreamRequests()).filter(
      (request) => request.path.startsWith(`/api/1/reuses/${id}/featured`) || request.path.includes(`${id}/badges`),
    );
    expect(adminCalls).toEqual([]);
  });
});

describe("adminReuses.search", () => {
  it("finds a private reuse of anyone by title, and by owner, with its status and producer", async () => {
    const { caller, id: ownerId } = await signedInUser("Cachée");
    const fields = newReuseFields("cachee");
    const { id } = await caller.producerReuses.create(fields);
    const admin = await signedInUser("Admin", { roles: ["admin"] });

    const byTitle = await admin.caller.adminReuses.search({ q: fields.unique });
    expect(byTitle.data).toEqual([
      expect.objectContaining({
        id,
        title: fields.title,
        status: "private",
        owner: expect.objectContaining({ id: ownerId }),
      }),
    ]);
    const byOwner = await admin.caller.adminReuses.search({ owner: ownerId, status: "private" });
    expect(byOwner.data.map((row) => row.id)).toEqual([id]);
    expect(await admin.caller.adminReuses.search({ owner: ownerId, status: "public" })).toMatchObject({ data: [] });
    const sent = (await upstreamRequests()).filter((request) => request.path === "/api/1/reuses/");
    expect(sent.at(-1)?.query).toMatchObject({ owner: ownerId, private: "false" });
  });

  it("filters deleted reuses on our side (udata has no such filter), saying the page was filtered", async () => {
    const { caller, id: ownerId } = await signedInUser("Effacée");
    const kept = await caller.producerReuses.create(newReuseFields("gardee"));
    const gone = await caller.producerReuses.create(newReuseFields("effacee"));
    await caller.producerReuses.remove({ id: gone.id });
    const admin = await signedInUser("Admin", { roles: ["admin"] });
    const deleted = await admin.caller.adminReuses.search({ owner: ownerId, status: "deleted" });
    expect(deleted).toMatchObject({
      data: [expect.objectContaining({ id: gone.id, status: "deleted" })],
      filtered: true,
    });
    const all = await admin.caller.adminReuses.search({ owner: ownerId });
    expect(all.data.map((row) => row.id).sort()).toEqual([kept.id, gone.id].sort());
    expect(all.filtered).toBe(false);
  });

  it("finds an organization's reuses by the organization", async () => {
    const { caller } = await signedInUser("Membre", { organizations: [CEREMA] });
    const fields = { ...newReuseFields("cerema"), organization: CEREMA };
    const { id } = await caller.producerReuses.create(fields);
    const admin = await signedInUser("Admin", { roles: ["admin"] });
    const found = await admin.caller.adminReuses.search({ organization: CEREMA, q: fields.unique });
    expect(found.data).toEqual([
      expect.objectContaining({ id, organization: { id: CEREMA, name: expect.any(String) } }),
    ]);
  });

  it("refuses anyone but a site admin (FORBIDDEN) before any upstream call", async () => {
    const { caller } = await signedInUser("Curieuse");
    const before = (await upstreamRequests()).length;
    await expect(caller.adminReuses.search({ q: "vélo" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/^Seuls les administrateurs de data\.gouv\.fr peuvent/),
    });
    expect((await upstreamRequests()).slice(before).filter((request) => request.path === "/api/1/reuses/")).toEqual([]);
  });

  it("says who may when data.gouv.fr itself refuses (an admin role withdrawn since sign-in)", async () => {
    const { id } = await (await signedInUser("Vedette")).caller.producerReuses.create(newReuseFields("retiree"));
    const former = await signedIn(await newUser("Ancienne"), { roles: ["admin"] });
    await expect(former.caller.adminReuses.feature({ id })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/^Seuls les administrateurs de data\.gouv\.fr peuvent/),
    });
  });
});
