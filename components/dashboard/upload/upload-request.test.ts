import { describe, expect, it } from "vitest";

import { reuseImageForm } from "./upload-request";

describe("reuseImageForm", () => {
  it("holds the reuse id, the file and the crop box as udata's bbox", () => {
    const file = new File(["png"], "a.png", { type: "image/png" });
    const form = reuseImageForm("5f0c", file, [0, 0, 160, 90]);
    expect([form.get("id"), form.get("file"), form.get("bbox")]).toEqual(["5f0c", file, "0,0,160,90"]);
    expect(reuseImageForm("5f0c", file, undefined).has("bbox")).toBe(false);
  });
});
