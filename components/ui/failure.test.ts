import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";

import { translatorFor } from "~/lib/i18n/translator";
import {
  codeOf,
  failureFromShape,
  failureOf,
  firstMessages,
  messagesByField,
  reasonOf,
  type SayReason,
} from "./failure";

/** The reasons said from the French catalog, as useSayReason says them in a page. */
const errors = translatorFor("errors");
const say: SayReason = (reason, values) => {
  const key = reason as Parameters<typeof errors.has>[0];
  return errors.has(key) ? errors(key, values) : undefined;
};
const REFUSED_FIELD = "Cette valeur n’a pas été acceptée : vérifiez-la.";
const INVALID = "Certaines informations ne sont pas valides : corrigez les champs signalés.";

describe("messagesByField", () => {
  it("puts the catalog's message on each field the server names, then data.gouv.fr's own messages", () => {
    const data = {
      code: "BAD_REQUEST",
      invalidFields: ["title", "url"],
      fieldErrors: { url: ["Cette URL est déjà enregistrée"], tags: ["Ce champ est obligatoire."] },
    };
    expect(messagesByField(data, say)).toEqual({
      title: [REFUSED_FIELD],
      url: [REFUSED_FIELD, "Cette URL est déjà enregistrée"],
      tags: ["Ce champ est obligatoire."],
    });
  });

  it("gives nothing for an answer without fields", () => {
    expect(messagesByField({ code: "NOT_FOUND", invalidFields: null, fieldErrors: null }, say)).toEqual({});
    expect(messagesByField(undefined, say)).toEqual({});
  });
});

describe("failureFromShape", () => {
  it("says the reason from the catalog, with its values, and marks the refused fields", () => {
    const failure = failureFromShape(
      "server text",
      { code: "BAD_REQUEST", reason: "invalidInput", invalidFields: ["description"] },
      say,
    );
    expect(failure.message).toBe(INVALID);
    expect(failure.code).toBe("BAD_REQUEST");
    expect(failure.fieldErrors).toEqual({ description: [REFUSED_FIELD] });
    const mismatch = { code: "BAD_REQUEST", reason: "confirmationMismatch", reasonValues: { expected: "marie" } };
    expect(failureFromShape("x", mismatch, say).message).toBe("Saisissez exactement « marie » pour confirmer.");
  });

  it("keeps the server's message for a reason the catalog does not have, or none", () => {
    expect(failureFromShape("Texte du serveur.", { code: "CONFLICT", reason: "newReason" }, say).message).toBe(
      "Texte du serveur.",
    );
    expect(failureFromShape("Texte du serveur.", { code: "CONFLICT" }, say).message).toBe("Texte du serveur.");
  });

  it("says the connection was lost when the answer is not the server's", () => {
    const lost = failureFromShape("x", { invalidFields: "title" }, say);
    expect([lost.code, lost.uncertain, lost.message]).toEqual([undefined, true, errors("connectionLost")]);
  });
});

describe("failureOf and codeOf", () => {
  const refusal = TRPCClientError.from({ error: { message: "Refusé.", code: -32600, data: { code: "FORBIDDEN" } } });

  it("read the code of a tRPC error; a write refused for certain is not uncertain", () => {
    expect(codeOf(refusal)).toBe("FORBIDDEN");
    expect(failureOf(refusal, say)).toMatchObject({ code: "FORBIDDEN", uncertain: false, message: "Refusé." });
  });

  it("read the server's reason, from the error or the failure made of it", () => {
    const ended = TRPCClientError.from({
      error: { message: "Fin.", code: -32001, data: { code: "UNAUTHORIZED", reason: "oauthSignedOut" } },
    });
    expect(reasonOf(ended)).toBe("oauthSignedOut");
    expect(reasonOf(failureOf(ended, say))).toBe("oauthSignedOut");
    expect(reasonOf(refusal)).toBeNull();
  });

  it("take anything else for a lost connection", () => {
    expect(codeOf(new Error("offline"))).toBeUndefined();
    expect(reasonOf(new Error("offline"))).toBeNull();
    expect(failureOf(new Error("offline"), say).uncertain).toBe(true);
  });
});

describe("firstMessages", () => {
  it("keeps the first message of each field", () => {
    const failure = failureFromShape(
      "x",
      { code: "BAD_REQUEST", invalidFields: ["name"], fieldErrors: { name: ["Trop long."], slug: ["Déjà pris."] } },
      say,
    );
    expect(firstMessages(failure)).toEqual({ name: REFUSED_FIELD, slug: "Déjà pris." });
  });

  it("gives nothing when no answer came", () => {
    expect(firstMessages(failureOf(new Error("offline"), say))).toEqual({});
  });
});
