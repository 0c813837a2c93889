import "server-only";

import { z } from "zod";

type Schema = z.core.$ZodType;
type Shape = Readonly<Record<string, Schema>>;

/** udata field names are identifiers; anything else would break the mask syntax `a,b{c}`. */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Guards against a recursive (`z.lazy`) schema: deeper levels are requested whole. */
const MAX_DEPTH = 8;

/**
 * Derives udata's `X-Fields` mask from a zod object schema: each key of the shape is requested, and a key
 * whose value is an object (or a list of objects, possibly optional/nullable/defaulted) gets its own keys
 * in braces. For a page, `fieldsMask(page(item))` gives `data{…},total,page,page_size,next_page,previous_page`.
 *
 * Only name fields udata marshals: udata answers an unknown masked field with `null` or an error.
 */
export function fieldsMask(schema: z.core.$ZodObject): string {
  return maskOfShape(schema._zod.def.shape, 0);
}

function maskOfShape(shape: Shape, depth: number): string {
  return Object.entries(shape)
    .map(([key, value]) => {
      if (!FIELD_NAME.test(key)) throw new Error(`fieldsMask: ${JSON.stringify(key)} is not a udata field name`);
      const nested = depth < MAX_DEPTH ? objectShape(value) : undefined;
      return nested && Object.keys(nested).length > 0 ? `${key}{${maskOfShape(nested, depth + 1)}}` : key;
    })
    .join(",");
}

/** The object shape behind wrappers, lists and unions of objects; `undefined` for a scalar or a record. */
function objectShape(schema: Schema): Shape | undefined {
  const inner = unwrap(schema);
  if (inner instanceof z.core.$ZodObject) return inner._zod.def.shape;
  if (inner instanceof z.core.$ZodUnion) {
    const merged: Record<string, Schema> = {};
    for (const option of inner._zod.def.options) {
      const shape = objectShape(option);
      // A union that can also be a scalar is requested whole.
      if (shape === undefined) return undefined;
      Object.assign(merged, shape);
    }
    return merged;
  }
  return undefined;
}

/** Strips optional/nullable/default/catch/readonly/pipe/lazy wrappers and list element types. */
function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let step = 0; step < 32; step++) {
    if (
      current instanceof z.core.$ZodOptional ||
      current instanceof z.core.$ZodNullable ||
      current instanceof z.core.$ZodDefault ||
      current instanceof z.core.$ZodPrefault ||
      current instanceof z.core.$ZodNonOptional ||
      current instanceof z.core.$ZodCatch ||
      current instanceof z.core.$ZodReadonly
    ) {
      current = current._zod.def.innerType;
    } else if (current instanceof z.core.$ZodPipe) {
      current = current._zod.def.in;
    } else if (current instanceof z.core.$ZodLazy) {
      current = current._zod.def.getter();
    } else if (current instanceof z.core.$ZodArray) {
      current = current._zod.def.element;
    } else {
      return current;
    }
  }
  return current;
}
