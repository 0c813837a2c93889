import { describe, expect, it } from "vitest";
import { deriveTopic } from "./topics";

describe("deriveTopic", () => {
  it("reads the topic from tags and title words", () => {
    expect(deriveTopic("Carte des bornes de recharge", "", ["irve"])).toBe("transport_and_mobility");
    expect(deriveTopic("Suivi de l'épidémie", "", ["covid19", "sante"])).toBe("health");
    expect(deriveTopic("Prix de l'immobilier", "", ["dvf"])).toBe("housing_and_development");
  });

  it("matches short stems only as whole words, and falls back to others", () => {
    expect(deriveTopic("Agence de voyages", "", [])).toBe("others");
    expect(deriveTopic("Qualité de l'eau", "", [])).toBe("environment_and_energy");
  });
});
