import { describe, expect, it } from "vitest";

import { aboutSubject } from "./discussion-item";

describe("aboutSubject", () => {
  it("says what a discussion is about, and names an unknown kind as data.gouv.fr does", () => {
    expect(aboutSubject("Reuse")).toBe("À propos d'une réutilisation");
    expect(aboutSubject("Topic")).toBe("À propos de : Topic");
  });

  it("names a kind called like an Object property as it is", () => {
    expect(aboutSubject("constructor")).toBe("À propos de : constructor");
    expect(aboutSubject("__proto__")).toBe("À propos de : __proto__");
  });
});
