import { describe, expect, it } from "vitest";

import { countOf, formatDate, formatMonth, pluralOf } from "./format";

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

describe("formatMonth", () => {
  it("writes the metrics service's months in French", () => {
    expect(formatMonth("2026-01")).toBe("janv. 2026");
    expect(formatMonth("2025-08")).toBe("août 2025");
    expect(formatMonth("nonsense")).toBe("nonsense");
  });
});
