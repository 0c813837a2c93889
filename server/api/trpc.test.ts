import { describe, expect, it } from "vitest";
import { z } from "zod";

import { getVault, newSessionId } from "~/server/auth/vault";
import { UpstreamError } from "~/server/datagouv";
import {
  createCallerFactory,
  createTRPCContext,
  createTRPCRouter,
  protectedProcedure,
  publicProcedure,
  type Session,
} from "./trpc";

const upstream401 = () => new UpstreamError({ kind: "http", status: 401, method: "GET", path: "/me/" });

const router = createTRPCRouter({
  keyOf: protectedProcedure.query(({ ctx }) => `${ctx.session.userId}:${ctx.apiKey}`),
  keyRefused: protectedProcedure.query(() => {
    throw upstream401();
  }),
  upstreamFails: publicProcedure.query(() => {
    throw new UpstreamError({ kind: "http", status: 404, method: "GET", path: "/reuses/x/" });
  }),
  crashes: publicProcedure.query(() => {
    throw new Error("boom");
  }),
  echo: publicProcedure.input(z.object({ title: z.string().min(3) })).query(({ input }) => input.title),
});

const callerWith = (session: Session | null) =>
  createCallerFactory(router)(createTRPCContext({ getSession: async () => session }));

async function signedIn(apiKey: string): Promise<Session> {
  const sessionId = newSessionId();
  await getVault().put(sessionId, apiKey, 60_000);
  return { userId: "u1", sessionId, name: "Ada", slug: "ada", picture: null, roles: [], organizations: [] };
}

describe("protected procedures", () => {
  it("refuse callers without a session", async () => {
    await expect(callerWith(null).keyOf()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("refuse a session whose key is no longer in the vault (signed out, replayed cookie)", async () => {
    const session = await signedIn("key-a");
    await getVault().delete(session.sessionId);
    await expect(callerWith(session).keyOf()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("give the resolver the session and the key from the vault", async () => {
    await expect(callerWith(await signedIn("key-b")).keyOf()).resolves.toBe("u1:key-b");
  });

  it("end the session when data.gouv.fr refuses the key", async () => {
    const session = await signedIn("key-c");
    await expect(callerWith(session).keyRefused()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: expect.stringContaining("Votre clé d'API n'est plus valide"),
    });
    expect(await getVault().get(session.sessionId)).toBeNull();
  });
});

describe("public procedures", () => {
  it("map an upstream error thrown by a resolver through the one table", async () => {
    await expect(callerWith(null).upstreamFails()).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Introuvable.",
    });
  });

  it("keep other failures internal, without their message", async () => {
    const error = await callerWith(null)
      .crashes()
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
    expect(error).not.toMatchObject({ message: "boom" });
  });

  it("refuse bad input with BAD_REQUEST", async () => {
    await expect(callerWith(null).echo({ title: "ab" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
