import { describe, expect, it } from "vitest";

import { translatorFor } from "~/lib/i18n/translator";
import { aboutSubject } from "./discussion-item";

const t = translatorFor("dashboard.lists");

describe("aboutSubject", () => {
  it("says what a discussion is about, and names an unknown kind as data.gouv.fr does", () => {
    expect(aboutSubject("Reuse", t)).toBe("À propos d'une réutilisation");
    expect(aboutSubject("Topic", t)).toBe("À propos de : Topic");
  });

  it("names a kind called like an Object property as it is", () => {
    expect(aboutSubject("constructor", t)).toBe("À propos de : constructor");
    expect(aboutSubject("__proto__", t)).toBe("À propos de : __proto__");
  });
});
