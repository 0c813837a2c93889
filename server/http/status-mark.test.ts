import { describe, expect, it } from "vitest";

import { statusOf } from "./status-mark";
import { STATUS_META_NAME } from "~/lib/status-meta";

describe("statusOf", () => {
  it("takes the status a page asks for", () => {
    expect(statusOf(`<head><meta name="${STATUS_META_NAME}" content="410"/></head>`, 200)).toBe(410);
  });

  it("keeps the rendered status otherwise, or when the mark is not a status", () => {
    expect(statusOf("<head></head>", 404)).toBe(404);
    expect(statusOf(`<meta name="${STATUS_META_NAME}" content="999"/>`, 200)).toBe(200);
  });
});
