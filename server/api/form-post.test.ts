import { describe, expect, it } from "vitest";

import { toFormPage } from "./form-post";

describe("the GET of a form's target", () => {
  it("goes back to the form's page, without posting", () => {
    const answer = toFormPage("mybus", (slug) => `/reuses/${slug}/discussions`);
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe("/reuses/mybus/discussions");
  });

  it("is a 404 for an address that names no reuse", () => {
    expect(toFormPage("<script>", (slug) => `/reuses/${slug}`).status).toBe(404);
  });
});
