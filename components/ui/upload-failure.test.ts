import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";

import type { SayReason } from "./failure";
import { uploadFailureOf, uploadProblem } from "./upload-failure";

import { translatorFor } from "~/lib/i18n/translator";

/** The reasons said from the French catalog, as useSayReason says them in a page. */
const errors = translatorFor("errors");
const say: SayReason = (reason, values) => {
  const key = reason as Parameters<typeof errors.has>[0];
  return errors.has(key) ? errors(key, values) : undefined;
};
const REFUSED_FIELD = errors("refusedField");

/** A refusal as tRPC's client makes it from the server's answer. */
const refusal = (message: string, data: Record<string, unknown>) =>
  TRPCClientError.from({ error: { message, code: -32600, data } });
/** What form-data-link gives when no tRPC answer came: the answer's status (0: none at all). */
const foreign = (status: number) => TRPCClientError.from(new Error("no tRPC answer"), { meta: { status } });
const aborted = () => TRPCClientError.from(new DOMException("aborted", "AbortError"), { meta: { status: 0 } });

describe("uploadProblem (the shared uploader)", () => {
  it("prefers a message about the file, and says when the session ended", () => {
    const refused = uploadProblem(refusal("Données invalides.", { code: "BAD_REQUEST", invalidFields: ["file"] }), say);
    expect([refused.message, refused.code]).toEqual([
      "Cette image n'a pas été acceptée : choisissez une image JPEG, PNG ou WebP de 4 Mo au plus.",
      "BAD_REQUEST",
    ]);
    const udata = refusal("Refusé.", { code: "BAD_REQUEST", fieldErrors: { file: ["Format non pris en charge."] } });
    expect(uploadProblem(udata, say).message).toBe("Format non pris en charge.");
    expect(uploadProblem(refusal("Session terminée.", { code: "UNAUTHORIZED" }), say)).toMatchObject({
      message: "Session terminée.",
      code: "UNAUTHORIZED",
    });
    expect(uploadProblem(refusal("Requête trop volumineuse.", { code: "PAYLOAD_TOO_LARGE" }), say).message).toBe(
      "Requête trop volumineuse.",
    );
  });

  it("says the file is too large, the sending was cancelled, or failed", () => {
    expect(uploadProblem(foreign(413), say).message).toBe("Le fichier est trop volumineux.");
    expect(uploadProblem(aborted(), say).message).toBe("Envoi annulé.");
    const failed = "L'envoi a échoué. Vérifiez votre connexion puis réessayez.";
    expect(uploadProblem(foreign(0), say).message).toBe(failed);
    expect(uploadProblem(foreign(502), say).message).toBe(failed);
    expect(uploadProblem(new Error("?"), say).message).toBe(failed);
  });
});

describe("uploadFailureOf (the reuse forms)", () => {
  it("keeps the server's message and refused fields", () => {
    const failure = uploadFailureOf(refusal("Image refusée.", { code: "BAD_REQUEST", invalidFields: ["bbox"] }), say);
    expect([failure.message, failure.code, failure.fieldErrors]).toEqual([
      "Image refusée.",
      "BAD_REQUEST",
      { bbox: [REFUSED_FIELD] },
    ]);
  });

  it("tells an unreadable answer, a too large file and a lost connection apart", () => {
    expect(uploadFailureOf(foreign(502), say)).toMatchObject({
      message: "La réponse du site n’a pas pu être lue : réessayez dans un instant.",
      code: "INTERNAL_SERVER_ERROR",
    });
    expect(uploadFailureOf(foreign(413), say)).toMatchObject({ message: "Le fichier est trop volumineux." });
    for (const lost of [foreign(0), aborted()]) {
      expect(uploadFailureOf(lost, say).code).toBeUndefined();
      expect(uploadFailureOf(lost, say).uncertain).toBe(true);
    }
  });
});
