import { type Json, type JsonObject, isObject } from "./json";

/**
 * `X-Fields` masks as flask-restx reads them: `id,title,organization{name,logo},*`. Each field maps
 * to the mask of its nested fields, or null for the whole value; `*` keeps every other field.
 */
export type Mask = Map<string, Mask | null>;

export class MaskError extends Error {}

export function parseMask(text: string): Mask {
  let source = text.trim();
  if (source.startsWith("{")) {
    if (!source.endsWith("}")) throw new MaskError("Missing closing bracket");
    source = source.slice(1, -1);
  }
  const root: Mask = new Map();
  const stack: Mask[] = [root];
  let previous: string | null = null;
  for (const raw of source.match(/[{},]|[^{},]+/g) ?? []) {
    const token = raw.trim();
    const current = stack[stack.length - 1] ?? root;
    if (token === "{") {
      if (previous === null) throw new MaskError("Unexpected opening bracket");
      const nested: Mask = new Map();
      current.set(previous, nested);
      stack.push(nested);
      previous = null;
    } else if (token === "}") {
      if (stack.length === 1) throw new MaskError("Unexpected closing bracket");
      stack.pop();
      previous = null;
    } else if (token === ",") {
      previous = null;
    } else if (token) {
      current.set(token, current.get(token) ?? null);
      previous = token;
    }
  }
  if (stack.length > 1) throw new MaskError("Missing closing bracket");
  return root;
}

/** Keeps the masked fields of an object, of each object of a list, recursively; unknown fields are skipped. */
export function applyMask(value: Json, mask: Mask | null): Json {
  if (mask === null) return value;
  if (Array.isArray(value)) return value.map((item) => applyMask(item, mask));
  if (!isObject(value)) return value;
  const masked: JsonObject = {};
  for (const [key, nested] of mask) {
    const field = value[key];
    if (key !== "*" && field !== undefined) masked[key] = applyMask(field, nested);
  }
  if (mask.has("*")) {
    for (const [key, field] of Object.entries(value)) if (!(key in masked)) masked[key] = field;
  }
  return masked;
}
