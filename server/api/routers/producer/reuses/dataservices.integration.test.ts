import { describe, expect, it } from "vitest";

import { ADEME, CEREMA, someDatasets, upstreamRequests } from "~/server/test/sandbox";
import { anonymous, signedInUser } from "~/server/test/session";
import { newReuseFields } from "./new-reuse-fields";

// Seeded APIs (sandbox/seed/dataservices.ts).
const API_SIRENE = "6661e60fda535e9773c510ca";
const API_BAN = "6662d5ac7769226b9d4f4fc4";

describe("producerReuses: the APIs of a reuse", () => {
  it("suggests public APIs by title, with who publishes them, read anonymously", async () => {
    const { caller } = await signedInUser("Suggestion API", { organizations: [ADEME] });
    const found = await caller.producerReuses.suggestDataservices({ q: "sirene" });
    expect(found).toEqual([
      {
        id: API_SIRENE,
        title: "API Sirene",
        organization: { name: expect.stringContaining("Insee") },
        owner: null,
      },
    ]);
    // The organization's private API is not offered, even to its members: the read is anonymous and shared.
    expect(await caller.producerReuses.suggestDataservices({ q: "aides financieres" })).toEqual([]);
    const sent = (await upstreamRequests()).filter((request) => request.path === "/api/1/dataservices/");
    expect(sent.at(-1)).toMatchObject({ withKey: false });
    expect(sent.at(-1)?.fields).toMatch(/^data\{id,title,organization\{name\},owner\{first_name,last_name\}\}/);
  });

  it("links APIs once (a retry adds none), shows them on the public page at once, and unlinks one", async () => {
    const { caller } = await signedInUser("Lien API");
    const { id, slug } = await caller.producerReuses.create(newReuseFields("api"));
    await caller.producerReuses.addDatasets({ id, datasets: await someDatasets(1) });
    await caller.producerReuses.setPrivate({ id, private: false });
    // Read (and cached) before: linking must show through the cache.
    expect((await anonymous.reuses.get({ slug })).dataservices).toEqual([]);

    const both = [API_SIRENE, API_BAN];
    expect(await caller.producerReuses.addDataservices({ id, dataservices: both })).toEqual({ added: 2 });
    expect(await caller.producerReuses.addDataservices({ id, dataservices: both })).toEqual({ added: 0 });
    const shown = await anonymous.reuses.get({ slug });
    expect(shown.dataservices.map(({ id: api, title }) => [api, title])).toEqual([
      [API_SIRENE, "API Sirene"],
      [API_BAN, "API Base d'adresse Nationale (BAN)"],
    ]);
    expect(shown.dataservices[0]?.self_web_url).toMatch(/\/dataservices\/api-sirene$/);

    expect(await caller.producerReuses.removeDataservice({ id, dataservice: API_SIRENE })).toEqual({ dataservices: 1 });
    expect((await caller.producerReuses.get({ id })).dataservices.map((api) => api.id)).toEqual([API_BAN]);
    expect((await anonymous.reuses.get({ slug })).dataservices.map((api) => api.id)).toEqual([API_BAN]);
  });

  it("refuses someone else's reuse (403 behind), and an API that does not exist (404)", async () => {
    const owner = await signedInUser("Proprio API", { organizations: [ADEME] });
    const { id } = await owner.caller.producerReuses.create({ ...newReuseFields("autrui-api"), organization: ADEME });
    const other = await signedInUser("Autre API", { organizations: [CEREMA] });
    await expect(other.caller.producerReuses.addDataservices({ id, dataservices: [API_SIRENE] })).rejects.toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
    await expect(
      owner.caller.producerReuses.addDataservices({ id, dataservices: ["0123456789abcdef01234567"] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(owner.caller.producerReuses.addDataservices({ id, dataservices: ["sirene"] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
