import { describe, expect, it } from "vitest";
import { z } from "zod";

import { invalidInput, normalizeFieldErrors, parseErrorBody, UpstreamError } from "./errors";
import { sandboxData } from "./test-utils";

describe("udata error bodies", () => {
  it("reads the real 404 body", () => {
    const { body } = z.object({ body: z.unknown() }).parse(sandboxData("samples/error-404.json"));
    const parsed = parseErrorBody(JSON.stringify(body));
    expect(parsed.message).toMatch(/^The requested URL was not found/);
    expect(parsed.fieldErrors).toEqual({});
  });

  it("normalises lists, single messages and nested forms", () => {
    expect(
      normalizeFieldErrors({
        url: ["This URL is already registered"],
        sort: "The value 'x' is not a valid choice for 'sort'.",
        owner: { id: ["Unknown reference"] },
        tags: [["Too short"], "Too many", { name: "Bad" }],
        ignored: 42,
      }),
    ).toEqual({
      url: ["This URL is already registered"],
      sort: ["The value 'x' is not a valid choice for 'sort'."],
      "owner.id": ["Unknown reference"],
      tags: ["Too many"],
      "tags.0": ["Too short"],
      "tags.2.name": ["Bad"],
    });
  });

  it("tolerates bodies that are not udata's (HTML from a proxy, JSON scalars)", () => {
    expect(parseErrorBody("<html>Bad gateway</html>")).toEqual({ fieldErrors: {} });
    expect(parseErrorBody("null")).toEqual({ fieldErrors: {} });
    expect(parseErrorBody('{"errors": "nope"}')).toEqual({ message: undefined, fieldErrors: {} });
  });
});

describe("UpstreamError", () => {
  it("serialises its fields", () => {
    const error = new UpstreamError({
      kind: "http",
      status: 410,
      method: "GET",
      path: "/reuses/x/",
      upstreamMessage: "This reuse has been deleted",
    });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: "UpstreamError",
      kind: "http",
      status: 410,
      path: "/reuses/x/",
      upstreamMessage: "This reuse has been deleted",
      fieldErrors: {},
    });
    expect(error.message).toBe("data.gouv.fr GET /reuses/x/: http 410 (This reuse has been deleted)");
  });

  it("turns zod issues into field errors", () => {
    const result = z.object({ page: z.number().min(1) }).safeParse({ page: 0 });
    if (result.success) throw new Error("expected a failure");
    expect(invalidInput(result.error)).toMatchObject({
      kind: "invalid",
      status: 400,
      fieldErrors: { page: [expect.any(String)] },
    });
  });
});
