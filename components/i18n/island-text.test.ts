import { describe, expect, it } from "vitest";

import { translatorFor } from "~/lib/i18n/translator";
import { suggestionCount, type IslandText } from "./island-text";

const t = translatorFor("islands");
const text: IslandText = {
  locale: "fr",
  errorTitle: t("errorTitle"),
  errorText: t("errorText"),
  retry: t("retry"),
  seeReuses: t("seeReuses"),
  suggestions: { one: t("suggestionsOne"), other: t("suggestionsOther") },
};

describe("suggestionCount", () => {
  it("announces the count in the locale's plural and number format", () => {
    expect(suggestionCount(text, 1)).toBe("1 suggestion : flèches haut et bas pour choisir.");
    expect(suggestionCount(text, 6)).toBe("6 suggestions : flèches haut et bas pour choisir.");
    expect(suggestionCount(text, 1234)).toBe("1\u202f234 suggestions : flèches haut et bas pour choisir.");
  });
});
