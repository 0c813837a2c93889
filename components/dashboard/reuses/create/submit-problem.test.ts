import { describe, expect, it } from "vitest";

import { Failure } from "~/components/ui/failure";
import { translatorFor } from "~/lib/i18n/translator";
import { submitProblem } from "./submit-problem";

const t = translatorFor("dashboard.create.problem");
const TIMEOUT = new Failure("data.gouv.fr ne répond pas, réessayez dans un instant.", "GATEWAY_TIMEOUT");

describe("submitProblem", () => {
  it("says a timed-out create was looked for, and that retrying creates no duplicate", () => {
    const { text } = submitProblem(t, TIMEOUT, "creating", []);
    expect(text).toContain("data.gouv.fr ne répond pas");
    expect(text).toContain("pour ne jamais la créer deux fois");
  });

  it("says when the check itself failed", () => {
    expect(submitProblem(t, TIMEOUT, "checking", []).text).toContain("nous n’avons pas pu vérifier");
  });

  it("says what was done and what was not, after the create", () => {
    const { text } = submitProblem(t, new Failure("data.gouv.fr est indisponible.", "BAD_GATEWAY"), "image", []);
    expect(text).toMatch(/^La réutilisation est créée, en brouillon, mais son image n’a pas pu être envoyée/);
  });

  it("adds the field errors no field can show, and asks to sign in again when the session ended", () => {
    const invalid = new Failure("Corrigez les champs signalés.", "BAD_REQUEST", { extras: ["Invalide."] });
    expect(submitProblem(t, invalid, "creating", ["Invalide."]).text).toBe("Corrigez les champs signalés. Invalide.");
    expect(submitProblem(t, new Failure("Session expirée", "UNAUTHORIZED"), "creating", []).signIn).toBe(true);
  });
});
