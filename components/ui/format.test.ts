import { describe, expect, it } from "vitest";

import { countOf, formatDate, pluralOf } from "./format";

describe("countOf and pluralOf", () => {
  it("put 0 and 1 in the singular, as French does", () => {
    expect(countOf(0, "réutilisation", "réutilisations")).toBe("0 réutilisation");
    expect(countOf(1, "réutilisation", "réutilisations")).toBe("1 réutilisation");
    expect(countOf(1234, "réutilisation", "réutilisations")).toBe("1\u202f234 réutilisations");
    expect(pluralOf(2, "vue", "vues")).toBe("vues");
  });
});

describe("formatDate", () => {
  it("writes a date the French way, and an unreadable one as it is", () => {
    expect(formatDate("2023-08-13T10:00:00Z")).toBe("13 août 2023");
    expect(formatDate("hier")).toBe("hier");
  });
});
