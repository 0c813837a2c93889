import { describe, expect, it } from "vitest";

import fr from "~/messages/fr.json";
import { ReasonError, reasonText } from "./reason-error";

describe("errors that say why by a catalog key", () => {
  it("take their message from the default catalog, with its values", () => {
    expect(reasonText("notFound")).toBe(fr.errors.notFound);
    const error = new ReasonError("BAD_REQUEST", "confirmationMismatch", { values: { expected: "ada-admin" } });
    expect(error).toMatchObject({ code: "BAD_REQUEST", reason: "confirmationMismatch" });
    expect(error.values).toEqual({ expected: "ada-admin" });
    expect(error.message).toBe("Saisissez exactement « ada-admin » pour confirmer.");
  });
});
