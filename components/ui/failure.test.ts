import { describe, expect, it } from "vitest";

import { failureFromShape, fieldErrorsOf, messagesByField, REFUSED_FIELD } from "./failure";

const INVALID = "Certaines informations ne sont pas valides : corrigez les champs signalés.";

describe("messagesByField", () => {
  it("puts a French message on each field the server names, then data.gouv.fr's own messages", () => {
    const data = {
      code: "BAD_REQUEST",
      invalidFields: ["title", "url"],
      fieldErrors: { url: ["Cette URL est déjà enregistrée"], tags: ["Ce champ est obligatoire."] },
    };
    expect(messagesByField(data)).toEqual({
      title: [REFUSED_FIELD],
      url: [REFUSED_FIELD, "Cette URL est déjà enregistrée"],
      tags: ["Ce champ est obligatoire."],
    });
  });

  it("gives nothing for an answer without fields", () => {
    expect(messagesByField({ code: "NOT_FOUND", invalidFields: null, fieldErrors: null })).toEqual({});
    expect(messagesByField(undefined)).toEqual({});
  });
});

describe("failureFromShape", () => {
  it("keeps the server's French message and marks the refused fields", () => {
    const failure = failureFromShape(INVALID, { code: "BAD_REQUEST", invalidFields: ["description"] });
    expect(failure.message).toBe(INVALID);
    expect(failure.code).toBe("BAD_REQUEST");
    expect(failure.fieldErrors).toEqual({ description: [REFUSED_FIELD] });
  });

  it("says the connection was lost when the answer is not the server's", () => {
    expect(failureFromShape("x", { invalidFields: "title" }).code).toBeUndefined();
  });
});

describe("fieldErrorsOf", () => {
  it("keeps the first message of each field", () => {
    const failure = failureFromShape("x", {
      code: "BAD_REQUEST",
      invalidFields: ["name"],
      fieldErrors: { name: ["Trop long."], slug: ["Déjà pris."] },
    });
    expect(fieldErrorsOf(failure)).toEqual({ name: REFUSED_FIELD, slug: "Déjà pris." });
  });

  it("gives nothing when no answer came", () => {
    expect(fieldErrorsOf(new Error("offline"))).toEqual({});
  });
});
