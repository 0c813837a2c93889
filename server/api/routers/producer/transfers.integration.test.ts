import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";

import { sandboxUrl, someDatasets } from "~/server/test/sandbox";
import { anonymous, signedInUser } from "~/server/test/session";

/** Organizations of the catalogue no other test uses: their new admins are this file's users. */
const COSEMA = "64d90b9a1f1e5ead7dca69e6";
const HORIZON = "64d74504d89bbf1f2396fcc3";

const requestId = () => crypto.randomUUID().replaceAll("-", "");

async function newReuse(apiKey: string, title: string): Promise<{ id: string; slug: string }> {
  const response = await fetch(`${sandboxUrl}/api/1/reuses/`, {
    method: "POST",
    headers: { "X-API-KEY": apiKey, "Content-Type": "application/json" },
    body: JSON.stringify({
      title,
      description: "Une réutilisation à transférer.",
      type: "application",
      topic: "transport_and_mobility",
      url: `https://example.org/transfert-${Date.now()}-${Math.random()}`,
      datasets: await someDatasets(1),
    }),
  });
  return (await response.json()) as { id: string; slug: string };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  return error instanceof TRPCError ? error.code : String(error);
}

describe("transfers against the sandbox", () => {
  it("asks once per request id and once per recipient; the recipient's admin sees it and accepts it; the public page follows", async () => {
    const owner = await signedInUser("Cédante");
    const admin = await signedInUser("Preneuse", { organizations: [COSEMA] });
    const reuse = await newReuse(owner.apikey, "Réutilisation cédée");
    // Cached for everyone before the transfer: the public page must show the new producer after it.
    expect((await anonymous.reuses.get({ slug: reuse.slug })).organization).toBeNull();

    const input = {
      requestId: requestId(),
      reuse: reuse.id,
      recipient: { class: "Organization", id: COSEMA } as const,
      comment: "Pour Cosema",
    };
    const { id } = await owner.caller.transfers.request(input);
    expect(await owner.caller.transfers.request(input)).toEqual({ id });
    // Another submission of the same request while the first is pending: no second transfer either.
    expect(await owner.caller.transfers.request({ ...input, requestId: requestId() })).toEqual({ id });
    const pending = await owner.caller.transfers.ofReuse({ id: reuse.id });
    expect(pending.map((transfer) => transfer.id)).toEqual([id]);
    expect(pending[0]).toMatchObject({ comment: "Pour Cosema", recipient: { class: "Organization", name: "Cosema" } });
    expect((await owner.caller.transfers.outgoing()).map((transfer) => transfer.id)).toContain(id);

    const incoming = await admin.caller.transfers.incoming();
    expect(incoming.map((transfer) => transfer.id)).toContain(id);

    expect(await admin.caller.transfers.respond({ transfer: id, response: "accept", comment: "" })).toEqual({
      status: "accepted",
    });
    expect((await anonymous.reuses.get({ slug: reuse.slug })).organization?.id).toBe(COSEMA);
    expect(await owner.caller.transfers.outgoing()).toEqual([]);
    expect(await admin.caller.transfers.incoming()).not.toContainEqual(expect.objectContaining({ id }));
  });

  it("refusing leaves the reuse to its owner; only the recipient's admins may answer (FORBIDDEN)", async () => {
    const owner = await signedInUser("Hésitant");
    const admin = await signedInUser("Refuseuse", { organizations: [HORIZON] });
    const stranger = await signedInUser("Passant");
    const reuse = await newReuse(owner.apikey, "Réutilisation gardée");
    const { id } = await owner.caller.transfers.request({
      requestId: requestId(),
      reuse: reuse.id,
      recipient: { class: "Organization", id: HORIZON },
      comment: "",
    });
    expect(await codeOf(stranger.caller.transfers.respond({ transfer: id, response: "accept", comment: "" }))).toBe(
      "FORBIDDEN",
    );
    expect(await admin.caller.transfers.respond({ transfer: id, response: "refuse", comment: "Non merci" })).toEqual({
      status: "refused",
    });
    expect((await anonymous.reuses.get({ slug: reuse.slug })).organization).toBeNull();
    expect(await owner.caller.transfers.ofReuse({ id: reuse.id })).toEqual([]);
  });

  it("refuses to ask for someone else's reuse (FORBIDDEN) or to give it to its owner (BAD_REQUEST)", async () => {
    const owner = await signedInUser("Propriétaire");
    const other = await signedInUser("Autre");
    const reuse = await newReuse(owner.apikey, "Réutilisation à soi");
    const to = (recipient: string) => ({
      requestId: requestId(),
      reuse: reuse.id,
      recipient: { class: "User" as const, id: recipient },
      comment: "",
    });
    expect(await codeOf(other.caller.transfers.request(to(other.id)))).toBe("FORBIDDEN");
    expect(await codeOf(owner.caller.transfers.request(to(owner.id)))).toBe("BAD_REQUEST");
    expect(await owner.caller.transfers.ofReuse({ id: reuse.id })).toEqual([]);
  });
});
