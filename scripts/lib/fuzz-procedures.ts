// Prints the tRPC procedures of the real router as JSON: `[{path, type, middlewares, input, example, bodyLimit}]`,
// `bodyLimit` the most bytes of body the front server lets through to it (server/http/body-limit.ts), `input` the
// JSON Schema of what the procedure accepts (zod's, input side; null without input) and `example` the smallest
// input its zod schema accepts (required fields only), found by trying candidate values against the schema
// itself, so that the fuzzer can change one field at a time of an input that is otherwise valid. Ids in
// examples are ID_PLACEHOLDER (the fuzzer puts real ones in), URLs URL_PLACEHOLDER (made unique: udata refuses a
// reuse URL already registered). `middlewares`: the names of the procedure's
// middlewares, in order (`requireSession`, `requireAdmin`…: who may call it). Run by scripts/lib/fuzz-targets.mjs:
//   node --conditions react-server --import tsx scripts/lib/fuzz-procedures.ts
// (the router's modules import "server-only", which loads under the react-server condition only).
import { z } from "zod";

import { appRouter } from "~/server/api/root";
import { bodyLimitOf } from "~/server/http/body-limit";

type JsonSchema = {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  minItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
};

interface ProcedureDef {
  type: "query" | "mutation" | "subscription";
  inputs: z.ZodType[];
  middlewares: { name: string }[];
}

const ID_PLACEHOLDER = "0123456789abcdef01234567";
const URL_PLACEHOLDER = "https://example.org/fuzz";
/** Strings tried, in order, for a string field; then the enums of every schema (types, topics…). */
const GENERIC_STRINGS = ["Fuzz example", "fuzz-example", URL_PLACEHOLDER, ID_PLACEHOLDER];

function enumValues(schema: unknown): string[] {
  if (!schema || typeof schema !== "object") return [];
  const own = "enum" in schema && Array.isArray(schema.enum) ? schema.enum.filter((v) => typeof v === "string") : [];
  return [...own, ...Object.values(schema).flatMap(enumValues)];
}

/** Values to try for a field, most likely valid first. */
function candidates(schema: JsonSchema, strings: string[]): unknown[] {
  if (schema.const !== undefined) return [schema.const];
  if (schema.enum) return schema.enum;
  if (schema.type === "integer" || schema.type === "number") return [schema.minimum ?? 1, 1];
  if (schema.type === "boolean") return [false, true];
  if (schema.type === "array") {
    const size = Math.max(schema.minItems ?? 0, 0);
    return [Array.from({ length: size }, () => firstCandidate(schema.items ?? {}, strings))];
  }
  if (schema.type === "object") return [initial(schema, strings)];
  if (schema.type === "string") {
    const pattern = schema.pattern ? new RegExp(schema.pattern) : undefined;
    return pattern ? strings.filter((value) => pattern.test(value)) : strings;
  }
  return [];
}

function firstCandidate(schema: JsonSchema, strings: string[]): unknown {
  return candidates(schema, strings)[0];
}

function initial(schema: JsonSchema, strings: string[]): Record<string, unknown> {
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties ?? {}).filter(([name]) => required.has(name));
  return Object.fromEntries(entries.map(([name, field]) => [name, firstCandidate(field, strings)]));
}

function issuesAt(zodSchema: z.ZodType, value: unknown, name: string): number {
  const result = zodSchema.safeParse(value);
  return result.success ? 0 : result.error.issues.filter((issue) => issue.path[0] === name).length;
}

/** The required fields filled one by one with the first candidate the real schema accepts there. */
function example(zodSchema: z.ZodType, schema: JsonSchema, strings: string[]): unknown {
  if (schema.type !== "object") return firstCandidate(schema, strings);
  const value = initial(schema, strings);
  for (const name of schema.required ?? []) {
    const field = schema.properties?.[name] ?? {};
    const tries = [...candidates(field, strings), ...strings];
    value[name] = tries.find((candidate) => issuesAt(zodSchema, { ...value, [name]: candidate }, name) === 0);
  }
  return zodSchema.safeParse(value).success ? value : null;
}

// The router's record is typed per procedure; every one has this definition.
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDef }>);
const schemas = procedures.map(([path, { _def }]) => {
  const [input] = _def.inputs;
  // Parts JSON cannot express (a File, a FormData, a transform) become `{}`.
  const json = input && (z.toJSONSchema(input, { io: "input", unrepresentable: "any" }) as JsonSchema);
  return { path, type: _def.type, middlewares: _def.middlewares.map(({ name }) => name), zod: input, json };
});
const strings = [...new Set([...GENERIC_STRINGS, ...schemas.flatMap(({ json }) => enumValues(json))])];

console.log(
  JSON.stringify({
    placeholders: { id: ID_PLACEHOLDER, url: URL_PLACEHOLDER },
    procedures: schemas.map(({ path, type, middlewares, zod, json }) => ({
      path,
      type,
      middlewares,
      input: json ?? null,
      example: (zod && json && example(zod, json, strings)) ?? null,
      bodyLimit: bodyLimitOf(`/api/trpc/${path}`),
    })),
  }),
);
