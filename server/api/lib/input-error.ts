import "server-only";

import type { TRPCError } from "@trpc/server";
import { ZodError } from "zod";

import { UpstreamCause } from "./to-trpc-error";

/** A field name as inputs spell them; anything else (an index, a record's key) names no field. */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** An input has a dozen fields at most: more names would only repeat what a hostile input sent. */
const MAX_FIELDS = 20;

/**
 * The fields of an input refused by our own zod schemas, or null when the error is no such refusal: the
 * procedure's input schema (tRPC reports it as BAD_REQUEST caused by the ZodError), or the upstream client's
 * check before any request (`kind: "invalid"`, its field errors keyed by the issues' paths, `tag.0`). Only the
 * top-level names go to the browser: zod's issues hold the schema itself (regexes, limits, enum values) and its
 * English wording, which the forms do not need (they check the same rules first, in French) and which would
 * describe our validation to anyone probing it. A ZodError thrown inside a resolver (an upstream answer of an
 * unexpected shape) is an internal failure, not a refused input.
 */
export function invalidFieldsOf(error: TRPCError): string[] | null {
  const cause = error.cause;
  let paths: string[];
  if (error.code === "BAD_REQUEST" && cause instanceof ZodError) {
    paths = cause.issues.map((issue) => String(issue.path[0] ?? ""));
  } else if (cause instanceof UpstreamCause && cause.kind === "invalid" && cause.status === 400) {
    paths = Object.keys(cause.fieldErrors);
  } else return null;
  const names = paths.map((path) => path.split(".")[0] ?? "").filter((name) => FIELD_NAME.test(name));
  return [...new Set(names)].slice(0, MAX_FIELDS);
}
