import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";

import { documentResponse, XML_CONTENT_TYPE } from "./respond";

const render = (data: string) => `<doc>${data}</doc>`;
const failing = (code: TRPCError["code"], message = "data.gouv.fr est indisponible pour le moment.") =>
  Promise.reject(new TRPCError({ code, message }));

describe("documentResponse", () => {
  it("sends the document with its content type, cacheable", async () => {
    const response = await documentResponse(Promise.resolve("x"), render, XML_CONTENT_TYPE);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(XML_CONTENT_TYPE);
    expect(response.headers.get("cache-control")).toMatch(/^public/);
    expect(await response.text()).toBe("<doc>x</doc>");
  });

  it.each([
    ["BAD_GATEWAY", 502],
    ["SERVICE_UNAVAILABLE", 503],
    ["GATEWAY_TIMEOUT", 504],
    ["TOO_MANY_REQUESTS", 503],
  ] as const)("answers %s from upstream with %i, its French message and a Retry-After", async (code, status) => {
    const response = await documentResponse(failing(code), render, XML_CONTENT_TYPE);
    expect(response.status).toBe(status);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe("data.gouv.fr est indisponible pour le moment.\n");
  });

  it("answers 404 for what does not exist", async () => {
    const response = await documentResponse(failing("NOT_FOUND", "Introuvable."), render, XML_CONTENT_TYPE);
    expect(response.status).toBe(404);
  });

  it("leaves bugs to Next.js's error handling", async () => {
    await expect(documentResponse(Promise.reject(new TypeError("bug")), render, XML_CONTENT_TYPE)).rejects.toThrow(
      TypeError,
    );
  });
});
