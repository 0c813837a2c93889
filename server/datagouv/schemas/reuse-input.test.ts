import { describe, expect, it } from "vitest";

import { myMetricsSchema } from "./metrics";
import { meUpdateInputSchema } from "./me";
import { reuseCreateInputSchema, reuseUpdateInputSchema } from "./reuse-input";

const valid = {
  title: "Carte des vélos",
  description: "Une carte.",
  type: "application",
  topic: "transport_and_mobility",
  url: "https://velos.example.fr/",
} as const;

describe("reuse inputs", () => {
  it("requires title, description, type, url and topic at creation", () => {
    expect(reuseCreateInputSchema.safeParse(valid).success).toBe(true);
    for (const field of Object.keys(valid)) {
      const { [field as keyof typeof valid]: _dropped, ...rest } = valid;
      expect(reuseCreateInputSchema.safeParse(rest).success, field).toBe(false);
    }
  });

  it("takes only http(s) URLs and known types and topics", () => {
    for (const url of ["javascript:alert(1)", "ftp://x.fr/", "data:text/html,x", "not a url", ""]) {
      expect(reuseCreateInputSchema.safeParse({ ...valid, url }).success, url).toBe(false);
    }
    expect(reuseCreateInputSchema.safeParse({ ...valid, url: "http://x.fr/a?b=c" }).success).toBe(true);
    expect(reuseCreateInputSchema.safeParse({ ...valid, type: "podcast" }).success).toBe(false);
    expect(reuseCreateInputSchema.safeParse({ ...valid, topic: "space" }).success).toBe(false);
  });

  it("takes an owner or an organization (ObjectIds), not both", () => {
    const id = "534fff75a3a7292c64a77de4";
    expect(reuseCreateInputSchema.safeParse({ ...valid, organization: id }).success).toBe(true);
    expect(reuseCreateInputSchema.safeParse({ ...valid, organization: "etalab" }).success).toBe(false);
    expect(reuseCreateInputSchema.safeParse({ ...valid, organization: id, owner: id }).success).toBe(false);
  });

  it("updates partially, restores with deleted: null, archives with a date or null", () => {
    expect(reuseUpdateInputSchema.parse({ title: "  Nouveau  " })).toEqual({ title: "Nouveau" });
    expect(reuseUpdateInputSchema.parse({ deleted: null })).toEqual({ deleted: null });
    expect(reuseUpdateInputSchema.safeParse({ deleted: "2026-01-01T00:00:00Z" }).success).toBe(false);
    expect(reuseUpdateInputSchema.safeParse({ archived: "2026-01-01T00:00:00.000Z" }).success).toBe(true);
    expect(reuseUpdateInputSchema.safeParse({ archived: null, private: true }).success).toBe(true);
    expect(reuseUpdateInputSchema.safeParse({ archived: "yesterday" }).success).toBe(false);
    expect(reuseUpdateInputSchema.safeParse({ owner: "534fff75a3a7292c64a77de4" }).data).toEqual({});
  });
});

describe("me", () => {
  it("reads /me/metrics/ as an object or a one-item list", () => {
    const metrics = { id: "x", datasets_count: 1, resources_availability: null };
    expect(myMetricsSchema.parse(metrics)).toEqual(metrics);
    expect(myMetricsSchema.parse([metrics])).toEqual(metrics);
  });

  it("refuses links in names", () => {
    expect(meUpdateInputSchema.safeParse({ first_name: "Ada", website: "" }).success).toBe(true);
    expect(meUpdateInputSchema.safeParse({ first_name: "https://spam.example" }).success).toBe(false);
    expect(meUpdateInputSchema.safeParse({ website: "javascript:alert(1)" }).success).toBe(false);
  });
});
