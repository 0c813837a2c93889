import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { getVault, newSessionId } from "~/server/auth/vault";
import { UpstreamError } from "~/server/datagouv";
import { invalidInput } from "~/server/datagouv/errors";
import { getStore } from "~/server/store";
import { StoreUnavailableError } from "~/server/store/unavailable";
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
  keyOf: protectedProcedure.query(({ ctx }) => `${ctx.session.userId}:${JSON.stringify(ctx.credential)}`),
  keyRefused: protectedProcedure.query(() => {
    throw upstream401();
  }),
  upstreamFails: publicProcedure.query(() => {
    throw new UpstreamError({ kind: "http", status: 404, method: "GET", path: "/reuses/x/" });
  }),
  storeDown: publicProcedure.query(() => {
    throw new StoreUnavailableError("Redis store: connection reconnecting");
  }),
  crashes: publicProcedure.query(() => {
    throw new Error("boom");
  }),
  echo: publicProcedure.input(z.object({ title: z.string().min(3) })).query(({ input }) => input.title),
  form: publicProcedure
    .input(
      z.object({ code: z.string().regex(/^[A-Z]{2}-\d{5}$/), size: z.number().max(50), tags: z.array(z.string()) }),
    )
    .mutation(() => "ok"),
  byKey: publicProcedure.input(z.record(z.string(), z.number())).mutation(() => "ok"),
  wrongShape: publicProcedure.query(() => z.object({ id: z.string() }).parse({ id: 42 })),
  upstreamRefuses: publicProcedure.mutation(() => {
    const fieldErrors = { url: ["This URL is already registered"] };
    throw new UpstreamError({ kind: "http", status: 400, method: "POST", path: "/reuses/", fieldErrors });
  }),
  clientRefuses: publicProcedure.query(() => {
    throw invalidInput(
      z.object({ page_size: z.number().max(100) }).safeParse({ page_size: 1e6 }).error ?? new z.ZodError([]),
    );
  }),
});

const callerWith = (session: Session | null) =>
  createCallerFactory(router)(createTRPCContext({ getSession: async () => session }));

async function signedIn(apiKey: string, via: Session["via"] = "api-key"): Promise<Session> {
  const sessionId = newSessionId();
  await getVault().put(sessionId, apiKey, 60_000);
  return {
    userId: "u1",
    sessionId,
    name: "Ada",
    slug: "ada",
    picture: null,
    roles: [],
    organizations: [],
    via,
    locale: "fr",
  };
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
    await expect(callerWith(await signedIn("key-b")).keyOf()).resolves.toBe(`u1:${JSON.stringify("key-b")}`);
  });

  it("end the session when data.gouv.fr refuses the key", async () => {
    const session = await signedIn("key-c");
    await expect(callerWith(session).keyRefused()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: expect.stringContaining("Votre clé d'API n'est plus valide"),
    });
    expect(await getVault().get(session.sessionId)).toBeNull();
  });

  it("say an ended data.gouv.fr connection in its own words, for a session signed in with data.gouv.fr", async () => {
    const refused = await signedIn("key-d", "datagouv");
    await expect(callerWith(refused).keyRefused()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      reason: "oauthSignedOut",
    });
    expect(await getVault().get(refused.sessionId)).toBeNull();
    await expect(callerWith(refused).keyOf()).rejects.toMatchObject({ code: "UNAUTHORIZED", reason: "oauthSignedOut" });
  });
});

describe("while the store is unreachable (Redis down)", () => {
  afterEach(() => vi.restoreAllMocks());

  it("protected procedures answer 503 saying the service is unavailable, not a signed-out caller", async () => {
    const session = await signedIn("key-e");
    vi.spyOn(getStore(), "get").mockRejectedValue(new StoreUnavailableError("Redis store: connection reconnecting"));
    await expect(callerWith(session).keyOf()).rejects.toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      reason: "serviceUnavailable",
      message: expect.stringContaining("Le service est momentanément indisponible"),
    });
  });

  it("a store failure inside a resolver is a 503 too, on the wire", async () => {
    const { status, message, data } = await answerTo("storeDown");
    expect(status).toBe(503);
    expect(message).toMatch(/^Le service est momentanément indisponible/);
    expect(data).toMatchObject({ reason: "serviceUnavailable" });
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

/** The JSON error a browser gets for a call of the test router: through tRPC's fetch adapter, so its formatter. */
async function answerTo(path: string, input?: unknown) {
  const headers = { "content-type": "application/json" };
  const init = input === undefined ? {} : { method: "POST", headers, body: JSON.stringify({ json: input }) };
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    router,
    req: new Request(`http://localhost/api/trpc/${path}`, init),
    createContext: () => createTRPCContext({ getSession: async () => null }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { error: { json: { message: string; data: Record<string, unknown> } } };
  return { status: response.status, text, ...body.error.json };
}

describe("the error formatter", () => {
  it("answers refused input with a French message and the names of the refused fields, nothing of zod", async () => {
    const { status, text, message, data } = await answerTo("form", { code: "xx", size: 1000, tags: [1, "ok", 2] });
    expect(status).toBe(400);
    expect(message).toBe("Certaines informations ne sont pas valides : corrigez les champs signalés.");
    expect(data).toMatchObject({
      code: "BAD_REQUEST",
      reason: "invalidInput",
      invalidFields: ["code", "size", "tags"],
      fieldErrors: null,
    });
    expect(data).not.toHaveProperty("zodError");
    // Neither the rules (regex, limit) nor zod's wording or issue codes.
    for (const leak of ["A-Z", "\\d{5}", "50", "Too big", "Invalid", "expected", "too_big", "invalid_format"]) {
      expect(text).not.toContain(leak);
    }
  });

  it("names no field for an input that is not an object, and never a key the caller made up", async () => {
    expect((await answerTo("form", "plain text")).data.invalidFields).toEqual([]);
    const answer = await answerTo("byKey", { "<script>fz</script>": "not a number", valid_name: "nor this" });
    expect(answer.data.invalidFields).toEqual(["valid_name"]);
    expect(answer.text).not.toContain("fz");
  });

  it("names only the fields of the upstream client's own refusals (zod's too), not their messages", async () => {
    const { status, text, data } = await answerTo("clientRefuses");
    expect(status).toBe(400);
    expect(data).toMatchObject({ invalidFields: ["page_size"], fieldErrors: null });
    expect(text).not.toContain("100");
  });

  it("keeps data.gouv.fr's field errors, in French", async () => {
    const { status, message, data } = await answerTo("upstreamRefuses", {});
    expect(status).toBe(400);
    expect(message).toBe("Certaines informations ne sont pas valides : corrigez les champs signalés.");
    expect(data).toMatchObject({
      reason: "invalidInput",
      invalidFields: null,
      fieldErrors: { url: ["Cette URL est déjà enregistrée"] },
    });
  });

  it("does not present a zod failure inside a resolver (an answer of an unexpected shape) as refused input", async () => {
    const { status, text, message, data } = await answerTo("wrongShape");
    expect(status).toBe(500);
    expect(message).toBe("Une erreur inattendue est survenue.");
    expect(data).toMatchObject({ reason: "internalError", invalidFields: null, fieldErrors: null });
    expect(text).not.toContain("expected");
  });
});
