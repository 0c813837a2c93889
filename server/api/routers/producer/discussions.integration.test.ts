import { TRPCError } from "@trpc/server";
import { afterEach, describe, expect, it } from "vitest";

import { CEREMA, control, sandboxUrl, someDatasets, upstreamRequests } from "~/server/test/sandbox";
import { anonymous, signedInUser } from "~/server/test/session";

afterEach(() => control("DELETE", "faults"));

const requestId = () => crypto.randomUUID().replaceAll("-", "");

/**
 * A new public reuse of a new user: the demo accounts' reuses belong to other tests (their discussion lists), which
 * a discussion started here would change.
 */
async function newReuse() {
  const owner = await signedInUser("Propriétaire");
  const response = await fetch(`${sandboxUrl}/api/1/reuses/`, {
    method: "POST",
    headers: { "X-API-KEY": owner.apikey, "Content-Type": "application/json" },
    body: JSON.stringify({
      title: `Discussions ${crypto.randomUUID()}`,
      description: "Une réutilisation.",
      type: "application",
      topic: "transport_and_mobility",
      url: `https://example.org/discussions/${crypto.randomUUID()}`,
      datasets: await someDatasets(1),
    }),
  });
  const reuse = (await response.json()) as { id: string; slug: string };
  return { owner, reuse: { id: reuse.id, slug: reuse.slug } };
}

async function thread(id: string) {
  const response = await fetch(`${sandboxUrl}/api/1/discussions/${id}/`);
  return (await response.json()) as { closed: string | null; discussion: { content: string }[] };
}

describe("reuses.discussions against the sandbox", () => {
  it("asks for a seen reuse's discussions by its id, without reading the reuse first", async () => {
    const { reuse } = await newReuse();
    await anonymous.reuses.get({ slug: reuse.slug }); // the slug→id map learns it from any answer holding it
    const before = new Date().toISOString();
    const page = await anonymous.reuses.discussions({ slug: reuse.slug, page: 1 });
    expect(page.total).toBe(0);
    const requests = (await upstreamRequests()).filter((request) => request.at >= before);
    expect(requests.some((request) => request.path === `/api/1/reuses/${reuse.slug}/`)).toBe(false);
    expect(requests.find((request) => request.path === "/api/1/discussions/")?.query.for).toBe(reuse.id);
  });
});

describe("discussions writes against the sandbox", () => {
  it("starts a discussion and answers it, once per request id; anonymous callers are refused", async () => {
    const { reuse } = await newReuse();
    const ada = await signedInUser("Discute");
    const input = { requestId: requestId(), reuse, title: "Question d'intégration", comment: "Bonjour ?" };
    await expect(anonymous.discussions.start(input)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const { id } = await ada.caller.discussions.start(input);
    expect((await ada.caller.discussions.start(input)).id).toBe(id);
    const reply = { requestId: requestId(), reuse, discussion: id, comment: "Précision", close: false };
    await ada.caller.discussions.reply(reply);
    await ada.caller.discussions.reply(reply);
    expect((await thread(id)).discussion.map((message) => message.content)).toEqual(["Bonjour ?", "Précision"]);
    const page = await anonymous.reuses.discussions({ slug: reuse.slug, page: 1 });
    expect(page.data.map((item) => item.id)).toEqual([id]);
  });

  it("lets the reuse's owner close a discussion, and not a passer-by", async () => {
    const { owner, reuse } = await newReuse();
    const author = await signedInUser("Auteur");
    const stranger = await signedInUser("Passant");
    const { id } = await author.caller.discussions.start({
      requestId: requestId(),
      reuse,
      title: "À clore",
      comment: "?",
    });
    const close = { reuse, discussion: id, comment: "", close: true };
    const refused = await stranger.caller.discussions
      .reply({ ...close, requestId: requestId() })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).code).toBe("FORBIDDEN");
    expect(await owner.caller.discussions.viewer()).toEqual({ userId: owner.id, isAdmin: false, organizations: [] });
    await owner.caller.discussions.reply({ ...close, comment: "Réglé", requestId: requestId() });
    expect((await thread(id)).closed).not.toBeNull();
  });

  it("tells the forms the viewer's organizations and role", async () => {
    const member = await signedInUser("Membre", { organizations: [CEREMA], roles: ["admin"] });
    expect(await member.caller.discussions.viewer()).toEqual({
      userId: member.id,
      isAdmin: true,
      organizations: [CEREMA],
    });
  });

  it(
    "never posts twice when the first answer timed out: the retry finds the comment",
    { timeout: 40_000 },
    async () => {
      const { reuse } = await newReuse();
      const ada = await signedInUser("Patiente");
      const { id } = await ada.caller.discussions.start({
        requestId: requestId(),
        reuse,
        title: "Lente",
        comment: "?",
      });
      const reply = { requestId: requestId(), reuse, discussion: id, comment: "Une seule fois", close: false };
      // data.gouv.fr takes the comment after the site has given up waiting (10 s): the answer is lost, not the post.
      await control("POST", "faults", { latencyMs: 10_500, pathPrefix: `/discussions/${id}/` });
      await expect(ada.caller.discussions.reply(reply)).rejects.toBeInstanceOf(TRPCError);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await control("DELETE", "faults");
      await ada.caller.discussions.reply(reply);
      const contents = (await thread(id)).discussion.map((message) => message.content);
      expect(contents.filter((content) => content === "Une seule fois")).toHaveLength(1);
    },
  );
});
