import { describe, expect, it } from "vitest";

import { countOf, formatDate, formatMonth, formatNumber, pluralOf } from "./format";

describe("countOf and pluralOf", () => {
  it("put 0 and 1 in the singular, as French does", () => {
    expect(countOf(0, "réutilisation", "réutilisations", "fr")).toBe("0 réutilisation");
    expect(countOf(1, "réutilisation", "réutilisations", "fr")).toBe("1 réutilisation");
    expect(countOf(1234, "réutilisation", "réutilisations", "fr")).toBe("1\u202f234 réutilisations");
    expect(pluralOf(2, "vue", "vues", "fr")).toBe("vues");
  });

  it("put 1 only in the singular, in English numbers, as English does", () => {
    expect(countOf(0, "reuse", "reuses", "en")).toBe("0 reuses");
    expect(countOf(1, "reuse", "reuses", "en")).toBe("1 reuse");
    expect(countOf(1234, "reuse", "reuses", "en")).toBe("1,234 reuses");
    expect(pluralOf(2, "view", "views", "en")).toBe("views");
  });
});

describe("formatNumber", () => {
  it("groups thousands the French way and the English way", () => {
    expect(formatNumber(12_345, "fr")).toBe("12\u202f345");
    expect(formatNumber(12_345, "en")).toBe("12,345");
    expect(formatNumber(1.5, "fr")).toBe("1,5");
    expect(formatNumber(1.5, "en")).toBe("1.5");
  });
});

describe("formatDate", () => {
  it("writes a date the French way, and an unreadable one as it is", () => {
    expect(formatDate("2023-08-13T10:00:00Z", "fr")).toBe("13 août 2023");
    expect(formatDate("2024-03-05", "fr")).toBe("5 mars 2024");
    expect(formatDate("hier", "fr")).toBe("hier");
  });

  it("writes a date the English way, day first, in Paris time", () => {
    expect(formatDate("2024-03-05", "en")).toBe("5 March 2024");
    expect(formatDate("2023-12-31T23:30:00Z", "en")).toBe("1 January 2024");
    expect(formatDate("yesterday", "en")).toBe("yesterday");
  });
});

describe("formatMonth", () => {
  it("writes the metrics service's months in French", () => {
    expect(formatMonth("2026-01", "fr")).toBe("janv. 2026");
    expect(formatMonth("2025-08", "fr")).toBe("août 2025");
    expect(formatMonth("nonsense", "fr")).toBe("nonsense");
  });

  it("writes them in English", () => {
    expect(formatMonth("2026-01", "en")).toBe("Jan 2026");
    expect(formatMonth("2025-08", "en")).toBe("Aug 2025");
  });
});
