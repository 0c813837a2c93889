import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";

import { ADEME, CEREMA, sandboxUrl, someDatasets, upstreamRequests } from "~/server/test/sandbox";
import { fieldErrorsOf, upstreamStatusOf } from "~/server/api/lib/to-trpc-error";
import { anonymous, signedInUser } from "~/server/test/session";
import { newReuseFields } from "./new-reuse-fields";

async function failureOf(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

describe("producerReuses: create, then publish", () => {
  it("creates a private reuse, adds datasets, publishes it: the public listing shows it at once", async () => {
    const { caller } = await signedInUser("Créa");
    const { unique, ...fields } = newReuseFields("creation");
    // The public listing is read (and cached) before: publishing must show through the cache.
    expect((await anonymous.reuses.list({ q: unique })).total).toBe(0);

    const created = await caller.producerReuses.create({ ...fields, tags: ["velo", "mobilite"] });
    expect(created.id).toMatch(/^[0-9a-f]{24}$/);
    await expect(anonymous.reuses.get({ slug: created.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const mine = await caller.account.reuses();
    expect(mine.find((reuse) => reuse.id === created.id)).toMatchObject({ private: true, title: fields.title });

    const datasets = await someDatasets(2);
    expect(await caller.producerReuses.addDatasets({ id: created.id, datasets })).toEqual({ added: 2 });
    expect(await caller.producerReuses.addDatasets({ id: created.id, datasets })).toEqual({ added: 0 });
    await caller.producerReuses.setPrivate({ id: created.id, private: false });

    const listed = await anonymous.reuses.list({ q: unique });
    expect(listed.data.map((reuse) => reuse.id)).toEqual([created.id]);
    expect((await anonymous.reuses.get({ slug: created.slug })).datasets).toHaveLength(2);
  });

  it("creates for one of the caller's organizations, and refuses one they do not belong to", async () => {
    const { caller } = await signedInUser("Orga", { organizations: [ADEME] });
    const fields = newReuseFields("orga");
    const created = await caller.producerReuses.create({ ...fields, organization: ADEME });
    expect((await caller.producerReuses.get({ id: created.id })).organization?.name).toBe("ADEME");

    const refused = await failureOf(caller.producerReuses.create({ ...newReuseFields("autre"), organization: CEREMA }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(Object.keys(fieldErrorsOf(refused) ?? {})).toEqual(["organization"]);
  });

  it("answers a duplicate url with a French error on the url field, and finds the reuse that has it", async () => {
    const { caller } = await signedInUser("Doublon");
    const first = newReuseFields("doublon");
    const created = await caller.producerReuses.create(first);

    const error = await failureOf(caller.producerReuses.create({ ...newReuseFields("autre"), url: first.url }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(error)).toEqual({ url: ["Cette URL est déjà enregistrée"] });
    expect(await caller.producerReuses.findByUrl({ url: `${first.url}/` })).toMatchObject({
      id: created.id,
      private: true,
      deleted: false,
    });
    expect(await caller.producerReuses.findByUrl({ url: "https://exemple.fr/personne" })).toBeNull();
  });

  it("refuses bad input before any upstream call, with zod's field errors", async () => {
    const { caller } = await signedInUser("Invalide");
    const error = await failureOf(
      caller.producerReuses.create({ ...newReuseFields("x"), url: "ftp://exemple.fr", type: "nope" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    await expect(caller.producerReuses.get({ id: "not-an-id" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("producerReuses: what the writes ask of data.gouv.fr", () => {
  it("sends an X-Fields mask with every write that answers the reuse, so that no dataset comes whole", async () => {
    const { caller } = await signedInUser("Masque");
    const { id } = await caller.producerReuses.create(newReuseFields("masque"));
    await caller.producerReuses.addDatasets({ id, datasets: await someDatasets(1) });
    await caller.producerReuses.update({ id, description: "Une autre description des données publiques." });
    // Other test files write to the same sandbox meanwhile (their creations are on /api/1/reuses/ too): this
    // reuse's own writes are told by their path, its creation by its mask.
    const requests = await upstreamRequests();
    const writes = requests.filter((request) => request.method !== "GET" && request.path.includes(id));
    expect(writes.map((request) => request.method)).toEqual(expect.arrayContaining(["POST", "PUT"]));
    const embedsDatasetRefs = /(^|,)datasets\{[^}]*\bid\b[^}]*\}/;
    for (const write of writes) expect(write.fields).toMatch(embedsDatasetRefs);
    const creations = requests.filter((request) => request.method === "POST" && request.path === "/api/1/reuses/");
    expect(creations.some((request) => embedsDatasetRefs.test(request.fields ?? ""))).toBe(true);
  });
});

describe("producerReuses: edit and status", () => {
  it("updates only the fields given", async () => {
    const { caller } = await signedInUser("Modif");
    const fields = newReuseFields("modif");
    const { id } = await caller.producerReuses.create(fields);
    await caller.producerReuses.update({ id, title: "Nouveau titre de la carte" });
    const reuse = await caller.producerReuses.get({ id });
    expect(reuse).toMatchObject({ title: "Nouveau titre de la carte", url: fields.url, canEdit: true, private: true });
    expect(reuse.description).toBe(fields.description);
  });

  it("finds a reuse's id from its slug, a draft of the caller's too", async () => {
    const { caller } = await signedInUser("Adresse");
    const { id, slug } = await caller.producerReuses.create(newReuseFields("adresse"));
    expect(await caller.producerReuses.idOf({ reuse: slug })).toEqual({ id });
    await expect(anonymous.reuses.get({ slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.producerReuses.idOf({ reuse: "personne-n-a-ce-nom" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("removes one dataset and keeps the others", async () => {
    const { caller } = await signedInUser("Retrait");
    const { id } = await caller.producerReuses.create(newReuseFields("retrait"));
    const [kept, removed] = await someDatasets(2);
    if (!kept || !removed) throw new Error("the sandbox has datasets");
    await caller.producerReuses.addDatasets({ id, datasets: [kept, removed] });
    expect(await caller.producerReuses.removeDataset({ id, dataset: removed })).toEqual({ datasets: 1 });
    expect((await caller.producerReuses.get({ id })).datasets.map((dataset) => dataset.id)).toEqual([kept]);
  });

  it("archives and unarchives: the public page shows it at once", async () => {
    const { caller } = await signedInUser("Archive");
    const { id, slug } = await caller.producerReuses.create(newReuseFields("archive"));
    await caller.producerReuses.addDatasets({ id, datasets: await someDatasets(1) });
    await caller.producerReuses.setPrivate({ id, private: false });
    expect((await anonymous.reuses.get({ slug })).archived).toBeNull();

    const { archived } = await caller.producerReuses.setArchived({ id, archived: true });
    expect(archived).toEqual(expect.any(String));
    expect((await anonymous.reuses.get({ slug })).archived).toEqual(archived);
    expect(await caller.producerReuses.setArchived({ id, archived: false })).toEqual({ archived: null });
    expect((await anonymous.reuses.get({ slug })).archived).toBeNull();
  });

  it("deletes softly (the public page answers 410, the owner still sees it) and restores", async () => {
    const { caller } = await signedInUser("Statut");
    const { id, slug } = await caller.producerReuses.create(newReuseFields("statut"));
    await caller.producerReuses.addDatasets({ id, datasets: await someDatasets(1) });
    await caller.producerReuses.setPrivate({ id, private: false });

    expect(await caller.producerReuses.remove({ id })).toEqual({ deleted: true });
    expect(upstreamStatusOf(await failureOf(anonymous.reuses.get({ slug })))).toBe(410);
    expect((await caller.producerReuses.get({ id })).deleted).toEqual(expect.any(String));
    expect(await caller.producerReuses.restore({ id })).toEqual({ deleted: false });
    expect((await anonymous.reuses.get({ slug })).id).toBe(id);
  });

  it("lists a reuse's followers", async () => {
    const { caller } = await signedInUser("Suivie");
    const { id } = await caller.producerReuses.create(newReuseFields("suivie"));
    const fan = await signedInUser("Fan");
    await fetch(`${sandboxUrl}/api/1/reuses/${id}/followers/`, {
      method: "POST",
      headers: { "X-API-KEY": fan.apikey },
    });
    const page = await caller.producerReuses.followers({ id });
    expect(page.data.map((entry) => entry.follower.id)).toEqual([fan.id]);
  });
});

describe("producerReuses: someone else's reuse", () => {
  it("is not editable by a member of another organization: get says so, writes are refused", async () => {
    const owner = await signedInUser("Proprio", { organizations: [ADEME] });
    const { id } = await owner.caller.producerReuses.create({
      ...newReuseFields("autrui"),
      organization: ADEME,
    });
    await owner.caller.producerReuses.addDatasets({ id, datasets: await someDatasets(1) });
    await owner.caller.producerReuses.setPrivate({ id, private: false });

    const other = await signedInUser("Autre", { organizations: [CEREMA] });
    expect((await other.caller.producerReuses.get({ id })).canEdit).toBe(false);
    const datasets = await someDatasets(1);
    for (const call of [
      () => other.caller.producerReuses.update({ id, title: "Piraté" }),
      () => other.caller.producerReuses.setPrivate({ id, private: true }),
      () => other.caller.producerReuses.remove({ id }),
      () => other.caller.producerReuses.addDatasets({ id, datasets }),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await owner.caller.producerReuses.get({ id })).title).not.toBe("Piraté");
  });

  it("refuses the producer area to callers without a session", async () => {
    await expect(anonymous.account.reuses()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.producerReuses.create(newReuseFields("anonyme"))).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
