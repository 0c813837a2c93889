import { describe, expect, it } from "vitest";

import { Failure } from "~/components/ui/failure";
import {
  NO_PROGRESS,
  runCreate,
  type CreateActions,
  type CreatePhase,
  type CreateProgress,
  type CreateRequest,
} from "./run-create";

const REQUEST: CreateRequest = {
  fields: {
    title: "Carte des pistes cyclables",
    description: "Une carte.",
    type: "visualization",
    topic: "transport_and_mobility",
    url: "https://exemple.fr/carte",
    tags: [],
  },
  organization: undefined,
  datasets: ["5ffef32a6060d042e05fa651", "5ffef32a6060d042e05fa652"],
  dataservices: [],
  hasImage: true,
  publish: true,
};
const REUSE = { id: "65f0c0ffee0000000000000a", slug: "carte-des-pistes-cyclables" };
const TIMEOUT = new Failure("data.gouv.fr ne répond pas", "GATEWAY_TIMEOUT");

/** Actions that log their names in `calls`; `overrides` answer otherwise (fail, find a reuse…). */
function actions(overrides: Partial<CreateActions> = {}) {
  const calls: string[] = [];
  const answers: CreateActions = {
    findByUrl: async () => null,
    create: async () => REUSE,
    update: async () => REUSE,
    uploadImage: async () => {},
    addDatasets: async () => {},
    addDataservices: async () => {},
    publish: async () => {},
    ...overrides,
  };
  const logged: CreateActions = {
    findByUrl: (url) => (calls.push("findByUrl"), answers.findByUrl(url)),
    create: (fields, organization) => (calls.push("create"), answers.create(fields, organization)),
    update: (id, fields, datasets, dataservices) => (
      calls.push("update"),
      answers.update(id, fields, datasets, dataservices)
    ),
    uploadImage: (id) => (calls.push("uploadImage"), answers.uploadImage(id)),
    addDatasets: (id, datasets) => (calls.push("addDatasets"), answers.addDatasets(id, datasets)),
    addDataservices: (id, dataservices) => (calls.push("addDataservices"), answers.addDataservices(id, dataservices)),
    publish: (id) => (calls.push("publish"), answers.publish(id)),
  };
  return { calls, actions: logged };
}

function recorder() {
  const progress: CreateProgress[] = [];
  const phases: CreatePhase[] = [];
  const report = {
    phase: (phase: CreatePhase) => phases.push(phase),
    progress: (step: CreateProgress) => progress.push(step),
  };
  return { progress, phases, report };
}

describe("runCreate", () => {
  it("creates private, uploads the image, adds the datasets, then publishes", async () => {
    const { calls, actions: run } = actions();
    expect(await runCreate(REQUEST, NO_PROGRESS, run, recorder().report)).toEqual(REUSE);
    expect(calls).toEqual(["create", "uploadImage", "addDatasets", "publish"]);
  });

  it("adds the APIs after the datasets, and alone when there is no dataset, before publishing", async () => {
    const apis = ["6661e60fda535e9773c510ca"];
    const both = actions();
    await runCreate({ ...REQUEST, dataservices: apis }, NO_PROGRESS, both.actions, recorder().report);
    expect(both.calls).toEqual(["create", "uploadImage", "addDatasets", "addDataservices", "publish"]);
    const only = actions();
    const request = { ...REQUEST, hasImage: false, datasets: [], dataservices: apis };
    await runCreate(request, NO_PROGRESS, only.actions, recorder().report);
    expect(only.calls).toEqual(["create", "addDataservices", "publish"]);
  });

  it("on a retry, writes the APIs with the update, never adding them one by one again", async () => {
    const written: string[][] = [];
    const { calls, actions: run } = actions({
      update: async (_id, _fields, _datasets, dataservices) => (written.push(dataservices), REUSE),
    });
    const request = { ...REQUEST, dataservices: ["6661e60fda535e9773c510ca"] };
    await runCreate(request, { reuse: REUSE, uncertain: false, imageSent: true }, run, recorder().report);
    expect(calls).toEqual(["update", "publish"]);
    expect(written).toEqual([["6661e60fda535e9773c510ca"]]);
  });

  it("keeps a draft private: no publish, no image or datasets call when there are none", async () => {
    const { calls, actions: run } = actions();
    await runCreate({ ...REQUEST, publish: false, hasImage: false, datasets: [] }, NO_PROGRESS, run, recorder().report);
    expect(calls).toEqual(["create"]);
  });

  it("after a timed-out create, finds the reuse by its url and goes on without creating it again", async () => {
    const { calls, actions: run } = actions({
      create: () => Promise.reject(TIMEOUT),
      findByUrl: async () => ({ ...REUSE, deleted: false }),
    });
    expect(await runCreate(REQUEST, NO_PROGRESS, run, recorder().report)).toEqual(REUSE);
    expect(calls).toEqual(["create", "findByUrl", "uploadImage", "addDatasets", "publish"]);
  });

  it("after a timed-out create that did not happen, fails, and checks again before the retry creates", async () => {
    const first = actions({ create: () => Promise.reject(TIMEOUT) });
    const { progress, phases, report } = recorder();
    await expect(runCreate(REQUEST, NO_PROGRESS, first.actions, report)).rejects.toBe(TIMEOUT);
    expect(first.calls).toEqual(["create", "findByUrl"]);
    // The check worked: what failed is the create (the message says so).
    expect(phases).toEqual(["creating", "checking", "creating"]);
    const left = progress.at(-1);
    expect(left).toEqual({ reuse: null, uncertain: true, imageSent: false });

    const retry = actions();
    await runCreate(REQUEST, left ?? NO_PROGRESS, retry.actions, report);
    expect(retry.calls).toEqual(["findByUrl", "create", "uploadImage", "addDatasets", "publish"]);
  });

  it("does not look for the reuse after a clear refusal (a duplicate url)", async () => {
    const refused = new Failure("invalide", "BAD_REQUEST", { url: ["Cette URL est déjà enregistrée"] });
    const { calls, actions: run } = actions({ create: () => Promise.reject(refused) });
    await expect(runCreate(REQUEST, NO_PROGRESS, run, recorder().report)).rejects.toBe(refused);
    expect(calls).toEqual(["create"]);
  });

  it("goes on from where a failed attempt stopped: updates the created reuse, never uploads twice", async () => {
    const { calls, actions: run } = actions();
    await runCreate(REQUEST, { reuse: REUSE, uncertain: false, imageSent: true }, run, recorder().report);
    // The update writes the whole dataset list: no need to add them one by one.
    expect(calls).toEqual(["update", "publish"]);
  });

  it("reports each step done, so that a failure later keeps them", async () => {
    const { actions: run } = actions({ addDatasets: () => Promise.reject(new Failure("indisponible", "BAD_GATEWAY")) });
    const { progress, report } = recorder();
    await expect(runCreate(REQUEST, NO_PROGRESS, run, report)).rejects.toBeInstanceOf(Failure);
    expect(progress.at(-1)).toEqual({ reuse: REUSE, uncertain: false, imageSent: true });
  });

  it("says the check failed when it did", async () => {
    const { actions: run } = actions({
      create: () => Promise.reject(TIMEOUT),
      findByUrl: () => Promise.reject(new Failure("indisponible", "BAD_GATEWAY")),
    });
    const { phases, report } = recorder();
    await expect(runCreate(REQUEST, NO_PROGRESS, run, report)).rejects.toMatchObject({ code: "BAD_GATEWAY" });
    expect(phases.at(-1)).toBe("checking");
  });

  it("ignores a deleted reuse with the same url when checking", async () => {
    const { calls, actions: run } = actions({ findByUrl: async () => ({ ...REUSE, deleted: true }) });
    await runCreate(REQUEST, { ...NO_PROGRESS, uncertain: true }, run, recorder().report);
    expect(calls[0]).toBe("findByUrl");
    expect(calls[1]).toBe("create");
  });
});
