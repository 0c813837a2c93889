import { describe, expect, it } from "vitest";
import { z } from "zod";

import { UpstreamError } from "~/server/datagouv";
import { createCallerFactory, createTRPCContext, createTRPCRouter, protectedProcedure, publicProcedure } from "./trpc";

const router = createTRPCRouter({
  secret: protectedProcedure.query(({ ctx }) => ctx.session.userId),
  upstreamFails: publicProcedure.query(() => {
    throw new UpstreamError({ kind: "http", status: 404, method: "GET", path: "/reuses/x/" });
  }),
  crashes: publicProcedure.query(() => {
    throw new Error("boom");
  }),
  echo: publicProcedure.input(z.object({ title: z.string().min(3) })).query(({ input }) => input.title),
});

const callerWith = (session: { userId: string; sessionId: string } | null) =>
  createCallerFactory(router)(createTRPCContext({ getSession: async () => session }));

describe("procedures", () => {
  it("refuses protected procedures without a session", async () => {
    await expect(callerWith(null).secret()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("gives protected procedures the session", async () => {
    await expect(callerWith({ userId: "u1", sessionId: "s1" }).secret()).resolves.toBe("u1");
  });

  it("maps an upstream error thrown by a resolver through the one table", async () => {
    await expect(callerWith(null).upstreamFails()).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Introuvable.",
    });
  });

  it("keeps other failures internal, without their message", async () => {
    await expect(callerWith(null).crashes()).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
    await expect(callerWith(null).crashes()).rejects.not.toMatchObject({ message: "boom" });
  });

  it("refuses bad input with BAD_REQUEST", async () => {
    await expect(callerWith(null).echo({ title: "ab" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
