import { describe, expect, it } from "vitest";

import { reuseFromAddress } from "./reuse-address";

describe("reuseFromAddress", () => {
  it("finds the reuse in a page's address, a path, a slug or an id", () => {
    expect(reuseFromAddress("https://reutilisations.example/reuses/carte-velo")).toBe("carte-velo");
    expect(reuseFromAddress("https://www.data.gouv.fr/fr/reuses/carte-velo/")).toBe("carte-velo");
    expect(reuseFromAddress("/reuses/carte-velo?x=1")).toBe("carte-velo");
    expect(reuseFromAddress(" 5e3ae61a6f444167926459a2 ")).toBe("5e3ae61a6f444167926459a2");
  });

  it("gives nothing for what cannot name a reuse", () => {
    for (const address of [
      "",
      "https://exemple.fr/",
      "/datasets/a/b",
      "https://exemple.fr/a/b",
      "un titre avec espaces",
      "NaN",
      "https://www.data.gouv.fr/fr/reuses/Carte-Velo/",
    ]) {
      expect(reuseFromAddress(address), address).toBeNull();
    }
  });
});
