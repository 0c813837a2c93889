import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";

import { appRouter } from "~/server/api/root";
import { createCallerFactory, createTRPCContext } from "~/server/api/trpc";
import { CLIENT_ADDRESS_HEADER } from "~/server/http/client-address";
import { sandboxUrl } from "~/server/test/sandbox";
import { anonymous } from "~/server/test/session";

/** An anonymous visitor at `address`, as the front server tells the app (x-client-address). */
const visitorAt = (address: string) =>
  createCallerFactory(appRouter)(
    createTRPCContext({ getSession: async () => null, headers: new Headers({ [CLIENT_ADDRESS_HEADER]: address }) }),
  );

const requestId = () => crypto.randomUUID().replaceAll("-", "");

/** The reports the sandbox holds about a reuse, as a site admin lists them. */
async function reportsOn(reuseId: string) {
  const response = await fetch(`${sandboxUrl}/api/1/reports/?page_size=100`, {
    headers: { "X-API-KEY": "sandbox-key-admin" },
  });
  const page = (await response.json()) as {
    data: { subject: { id: string }; reason: string; message: string; by: unknown }[];
  };
  return page.data.filter((report) => report.subject.id === reuseId);
}

async function failureOf(promise: Promise<unknown>) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("reuseReports against the sandbox", () => {
  it("lists the reasons a person gives, in French (not the spam filter's)", async () => {
    expect(await anonymous.reuseReports.reasons()).toEqual([
      { value: "explicit_content", label: "Contenu inapproprié" },
      { value: "illegal_content", label: "Contenu illégal" },
      { value: "others", label: "Autres" },
      { value: "personal_data", label: "Données personnelles" },
      { value: "security", label: "Sécurité" },
      { value: "spam", label: "Spam" },
    ]);
  });

  it("lists them in English for an English page, cached apart from the French ones", async () => {
    const french = await anonymous.reuseReports.reasons({ locale: "fr" });
    expect(await anonymous.reuseReports.reasons({ locale: "en" })).toEqual([
      { value: "explicit_content", label: "Explicit content" },
      { value: "illegal_content", label: "Illegal content" },
      { value: "others", label: "Others" },
      { value: "personal_data", label: "Personal data" },
      { value: "security", label: "Security" },
      { value: "spam", label: "Spam" },
    ]);
    expect(await anonymous.reuseReports.reasons({ locale: "fr" })).toEqual(french);
  });

  it("sends one anonymous report per request id, whatever the retries", async () => {
    const reuse = await anonymous.reuses.get({ slug: "mybus" });
    const before = (await reportsOn(reuse.id)).length;
    const visitor = visitorAt("203.0.113.41");
    const input = { slug: "mybus", reason: "spam", message: "Publicité déguisée", requestId: requestId() };
    expect(await visitor.reuseReports.create(input)).toEqual({ sent: true, repeated: false });
    expect(await visitor.reuseReports.create(input)).toEqual({ sent: true, repeated: true });
    const reports = await reportsOn(reuse.id);
    expect(reports.length).toBe(before + 1);
    expect(reports.at(-1)).toMatchObject({ reason: "spam", message: "Publicité déguisée", by: null });
  });

  it("takes 5 reports per 10 minutes from an address: the 6th is TOO_MANY_REQUESTS, others go on", async () => {
    const visitor = visitorAt("203.0.113.42");
    const report = () =>
      visitor.reuseReports.create({ slug: "mybus", reason: "others", message: "", requestId: requestId() });
    for (let i = 0; i < 5; i++) await report();
    expect((await failureOf(report())).code).toBe("TOO_MANY_REQUESTS");
    const other = visitorAt("203.0.113.43");
    expect(
      (await other.reuseReports.create({ slug: "mybus", reason: "others", message: "", requestId: requestId() })).sent,
    ).toBe(true);
  });

  it("refuses a reason data.gouv.fr does not know (BAD_REQUEST), and a reuse it does not show (NOT_FOUND)", async () => {
    const visitor = visitorAt("203.0.113.44");
    const input = { slug: "mybus", reason: "boring", message: "", requestId: requestId() };
    expect((await failureOf(visitor.reuseReports.create(input))).code).toBe("BAD_REQUEST");
    // Refused, so not made: the same request id may be sent again, right this time.
    expect((await visitor.reuseReports.create({ ...input, reason: "spam" })).repeated).toBe(false);
    const unknown = { ...input, slug: "no-such-reuse-here", requestId: requestId() };
    expect((await failureOf(visitor.reuseReports.create(unknown))).code).toBe("NOT_FOUND");
  });
});
