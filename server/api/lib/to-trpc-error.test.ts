import { TRPCError } from "@trpc/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { upstream } from "~/server/datagouv/client";
import { UpstreamError } from "~/server/datagouv/errors";
import { apiPath, slugOrId } from "~/server/datagouv/paths";
import {
  hangUntilAborted,
  jsonResponse,
  rejectionOf,
  stubFetch,
  type FetchHandler,
} from "~/server/datagouv/test-utils";

import { invalidFieldsOf } from "./input-error";
import { REUSE_ERRORS } from "./reuse-procedures";
import {
  fieldErrorsOf,
  toTRPCError,
  translateUpstreamMessage,
  UpstreamCause,
  upstreamStatusOf,
  type UpstreamMeanings,
} from "./to-trpc-error";

const KEY = "user-key-that-must-not-leak";
const schema = z.object({ id: z.string() });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Runs a real client call against a stubbed answer and maps what it throws. */
async function mapped(
  handler: FetchHandler,
  method: "GET" | "POST" = "POST",
  meanings?: UpstreamMeanings,
): Promise<TRPCError> {
  vi.spyOn(Math, "random").mockReturnValue(0);
  stubFetch(handler);
  const call = upstream({ method, path: apiPath`/reuses/`, schema, credential: KEY, timeoutMs: 50 });
  return toTRPCError(await rejectionOf(call), meanings);
}

const status =
  (code: number, body: unknown = { message: "upstream says no" }) =>
  () =>
    jsonResponse(body, code);

describe("toTRPCError: one table from upstream failures to tRPC codes and French messages", () => {
  it.each([
    [401, "UNAUTHORIZED", /^Votre clé d'API n'est plus valide/],
    [
      403,
      "FORBIDDEN",
      /^data\.gouv\.fr a refusé : seuls son producteur \(la personne qui l'a publié, ou les membres de son organisation\) et les administrateurs de data\.gouv\.fr peuvent modifier cet objet\.$/,
    ],
    [404, "NOT_FOUND", /^Introuvable\.$/],
    [409, "CONFLICT", /modifié entre-temps/],
    [410, "NOT_FOUND", /^Cet élément a été supprimé\.$/],
    [413, "PAYLOAD_TOO_LARGE", /trop volumineux/],
    [429, "TOO_MANY_REQUESTS", /réessayez dans un instant/],
    [500, "BAD_GATEWAY", /^data\.gouv\.fr est indisponible pour le moment\.$/],
    [502, "BAD_GATEWAY", /^data\.gouv\.fr est indisponible pour le moment\.$/],
    [503, "SERVICE_UNAVAILABLE", /^data\.gouv\.fr est indisponible pour le moment\.$/],
    [504, "GATEWAY_TIMEOUT", /^data\.gouv\.fr ne répond pas, réessayez dans un instant\.$/],
    [418, "BAD_REQUEST", /refusé/],
    [599, "BAD_GATEWAY", /indisponible/],
  ] as const)("HTTP %i → %s", async (code, trpcCode, message) => {
    const error = await mapped(status(code), "GET");
    expect(error.code).toBe(trpcCode);
    expect(error.message).toMatch(message);
    expect(upstreamStatusOf(error)).toBe(code);
  });

  it("says what a status means for the procedure where it knows (a 410 is a deleted reuse for reuse procedures only)", async () => {
    const reuse = await mapped(status(410, { message: "This reuse has been deleted" }), "GET", REUSE_ERRORS);
    expect(reuse).toMatchObject({ code: "NOT_FOUND", message: "Cette réutilisation a été supprimée." });
    const other = await mapped(status(410, { message: "Token already revoked" }), "POST");
    expect(other.message).not.toMatch(/réutilisation/);
    const notFound = await mapped(status(404), "GET", REUSE_ERRORS);
    expect(notFound.message).toBe("Introuvable.");
  });

  it("410 keeps its status in the cause (tRPC has no GONE)", async () => {
    const error = await mapped(status(410, { message: "This reuse has been deleted" }), "GET");
    expect(error.cause).toBeInstanceOf(UpstreamCause);
    expect(error.cause).toMatchObject({ status: 410, kind: "http" });
  });

  it("400 keeps udata's field errors, in French where the message is known", async () => {
    const body = {
      message: "Validation error",
      errors: {
        url: ["This URL is already registered"],
        title: ["This field is required."],
        extras: ["Something new"],
      },
    };
    const error = await mapped(status(400, body));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/corrigez les champs signalés/);
    expect(fieldErrorsOf(error)).toEqual({
      url: ["Cette URL est déjà enregistrée"],
      title: ["Ce champ est obligatoire."],
      extras: ["Something new"],
    });
  });

  // udata 17.6's bodies, word for word: udata/api/__init__.py handle_validation_error (model checks and mongoengine's
  // validation: one string per field), flask-restx's request parser, and UDataApi.validate (wtforms: lists, no message).
  it.each([
    [
      { errors: { url: "This URL is already registered" }, message: "This URL is already registered" },
      { url: ["Cette URL est déjà enregistrée"] },
    ],
    [
      {
        errors: { description: "Field is required", topic: "Field is required" },
        message: "ValidationError (Reuse:None) (Field is required: ['description', 'topic'])",
      },
      { description: ["Ce champ est obligatoire."], topic: ["Ce champ est obligatoire."] },
    ],
    [
      {
        errors: { page: "The page to fetch Invalid page: 0. page must be a positive integer" },
        message: "Input payload validation failed",
      },
      { page: ["The page to fetch Invalid page: 0. page must be a positive integer"] },
    ],
    [{ errors: { title: ["This field is required."] } }, { title: ["Ce champ est obligatoire."] }],
  ])("400 %j gives its field errors", async (body, fieldErrors) => {
    const error = await mapped(status(400, body));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/corrigez les champs signalés/);
    expect(fieldErrorsOf(error)).toEqual(fieldErrors);
  });

  it.each([
    "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required.",
    "Invalid API token",
    "Revoked API token",
    "Expired API token",
  ])("401 %j with udata's Bearer challenge → UNAUTHORIZED", async (message) => {
    const error = await mapped(() => jsonResponse({ message }, 401, { "WWW-Authenticate": 'Bearer realm="uData"' }));
    expect(error.code).toBe("UNAUTHORIZED");
    expect(error.cause).toMatchObject({ kind: "http", status: 401 });
    expect(String(error.cause)).toContain(message);
  });

  it("a refused redirect is our bug (INTERNAL_SERVER_ERROR); a reported move is NOT_FOUND with its kind", async () => {
    const refused = await mapped(() => new Response(null, { status: 308, headers: { Location: "/api/1/reuses/x/" } }));
    expect(refused.code).toBe("INTERNAL_SERVER_ERROR");
    expect(refused.cause).toMatchObject({ kind: "redirect", status: 308 });
    stubFetch(() => new Response(null, { status: 308, headers: { Location: "/api/1/reuses/new/" } }));
    const path = apiPath`/reuses/${slugOrId("old")}/`;
    const moved = toTRPCError(await rejectionOf(upstream({ method: "GET", path, schema, reportMoved: true })));
    expect(moved.code).toBe("NOT_FOUND");
    expect(moved.cause).toMatchObject({ kind: "moved", status: 308 });
  });

  it("400 without field errors says a known reason", async () => {
    const error = await mapped(status(400, { message: "Unsupported image format" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/^Format d'image non pris en charge/);
    expect(fieldErrorsOf(error)).toBeNull();
  });

  it("timeout → GATEWAY_TIMEOUT", async () => {
    const error = await mapped(hangUntilAborted, "GET");
    expect(error.code).toBe("GATEWAY_TIMEOUT");
    expect(error.message).toBe("data.gouv.fr ne répond pas, réessayez dans un instant.");
    expect(error.cause).toMatchObject({ kind: "timeout" });
  });

  it("network error → BAD_GATEWAY", async () => {
    const error = await mapped(() => Promise.reject(new TypeError("fetch failed")), "GET");
    expect(error.code).toBe("BAD_GATEWAY");
    expect(error.message).toMatch(/^Impossible de joindre data\.gouv\.fr/);
  });

  it("malformed JSON and schema mismatch → BAD_GATEWAY", async () => {
    for (const handler of [() => new Response("<html>", { status: 200 }), () => jsonResponse({ id: 42 })]) {
      const error = await mapped(handler, "GET");
      expect(error.code).toBe("BAD_GATEWAY");
      expect(error.message).toMatch(/réponse inattendue/);
      expect(error.cause).toMatchObject({ kind: "malformed", status: 200 });
    }
  });

  it("refusals before any request map by their status (404 path, 400 input)", async () => {
    const notFound = toTRPCError(await rejectionOf(Promise.resolve().then(() => slugOrId("../me/apikey"))));
    expect(notFound.code).toBe("NOT_FOUND");
    const bad = toTRPCError(new UpstreamError({ kind: "invalid", status: 400, fieldErrors: { page: ["Too small"] } }));
    expect(bad.code).toBe("BAD_REQUEST");
    // Our own check's messages are zod's: the browser gets the field's name only (see input-error.ts).
    expect(fieldErrorsOf(bad)).toBeNull();
    expect(invalidFieldsOf(bad)).toEqual(["page"]);
  });

  it("passes a TRPCError through and hides anything else behind INTERNAL_SERVER_ERROR", () => {
    const own = new TRPCError({ code: "FORBIDDEN", message: "Non." });
    expect(toTRPCError(own)).toBe(own);
    const other = toTRPCError(new Error("boom"));
    expect(other.code).toBe("INTERNAL_SERVER_ERROR");
    expect(other.message).toBe("Une erreur inattendue est survenue.");
    expect(fieldErrorsOf(other)).toBeNull();
  });

  it("never lets the key into the TRPCError", async () => {
    const error = await mapped(status(401, { message: `Invalid API token ${KEY}` }));
    const cause = error.cause instanceof Error ? `${error.cause.message} ${JSON.stringify(error.cause)}` : "";
    expect(`${error.message} ${JSON.stringify(error)} ${cause}`).not.toContain(KEY);
  });

  it("translates the udata messages it knows", () => {
    expect(translateUpstreamMessage("Field cannot be longer than 350 characters.")).toBe(
      "Ce champ ne peut pas dépasser 350 caractères.",
    );
    expect(translateUpstreamMessage("Invalid scheme javascript in URL: javascript:x")).toMatch(/http/);
    expect(translateUpstreamMessage("Quelque chose")).toBeUndefined();
  });
});
