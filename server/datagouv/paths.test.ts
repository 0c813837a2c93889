import { describe, expect, it } from "vitest";

import { UpstreamError } from "./errors";
import { apiPath, badgeKind, objectId, PathSegment, slugOrId, uuid } from "./paths";
import { BAD_SLUGS, rejectionOf } from "./test-utils";

const ID = "5ffef32a6060d042e05fa651";

describe("path segments", () => {
  it("accepts ObjectIds and slugs", () => {
    expect(apiPath`/reuses/${objectId(ID)}/`).toBe(`/reuses/${ID}/`);
    expect(apiPath`/reuses/${slugOrId("barometre-des-resultats")}/`).toBe("/reuses/barometre-des-resultats/");
    expect(apiPath`/reuses/${slugOrId(ID.toUpperCase())}/`).toBe(`/reuses/${ID.toUpperCase()}/`);
    expect(apiPath`/reuses/${slugOrId("a".repeat(255))}/`).toHaveLength(255 + "/reuses//".length);
    expect(apiPath`/reuses/${slugOrId("x")}/badges/${badgeKind("public-service")}/`).toBe(
      "/reuses/x/badges/public-service/",
    );
  });

  it.each(BAD_SLUGS)("refuses %j with a 404 UpstreamError that does not echo it", async (bad) => {
    const error = await rejectionOf(Promise.resolve().then(() => slugOrId(bad)));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ kind: "invalid", status: 404 });
    if (bad.length > 2) expect((error as Error).message).not.toContain(bad);
    expect(() => badgeKind(bad)).toThrow(UpstreamError);
  });

  it("takes a UUID for an organization invitation, and nothing else", () => {
    const id = "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed";
    expect(apiPath`/me/org_invitations/${uuid(id)}/accept/`).toBe(`/me/org_invitations/${id}/accept/`);
    for (const bad of [ID, "1b9d6bcd-bbfd-4b2d-9b5d", "../../me/", `${id}/`, ""]) {
      expect(() => uuid(bad)).toThrow(UpstreamError);
    }
  });

  it("wants exactly 24 hex characters for an ObjectId", () => {
    for (const bad of [`${ID}0`, ID.slice(1), "zzzzzzzzzzzzzzzzzzzzzzzz", "barometre", ""]) {
      expect(() => objectId(bad)).toThrow(UpstreamError);
    }
  });

  it("refuses raw strings and forged segments at run time", () => {
    const raw = "../me" as unknown as PathSegment;
    expect(() => apiPath`/reuses/${raw}/`).toThrow("validated");
    const forge = PathSegment as unknown as new (proof: symbol, value: string) => PathSegment;
    expect(() => new forge(Symbol("validated path segment"), "../me")).toThrow();
  });
});
