import { describe, expect, it } from "vitest";

import { personName } from "./person-name";

describe("personName", () => {
  it("joins the first and last names", () => {
    expect(personName({ first_name: "Ada", last_name: "Lovelace" })).toBe("Ada Lovelace");
  });

  it("leaves no space around a missing part", () => {
    expect(personName({ first_name: "", last_name: "Lovelace" })).toBe("Lovelace");
    expect(personName({ first_name: "Ada", last_name: "" })).toBe("Ada");
    expect(personName({ first_name: "", last_name: "" })).toBe("");
  });
});
