import "server-only";

import { z } from "zod";

import { upstream, type Query } from "../client";
import { invalidInput } from "../errors";
import { fieldsMask } from "../mask";
import type { ApiPath } from "../paths";
import { page, type Page } from "../schemas/common";
import type { UpstreamCredential } from "../credential";

/** An object schema, usually a `.pick()` of a full schema, naming the fields a page shows. */
export type ItemSchema = z.ZodObject<z.core.$ZodShape, z.core.$ZodObjectConfig>;

export interface ReadOptions<T extends ItemSchema> {
  /** Who the call acts for (credential.ts). Leave it out for public data: an anonymous answer can be cached and shared. */
  credential?: UpstreamCredential;
  /**
   * The fields to fetch: the X-Fields mask is derived from this schema and the answer parsed with it.
   * Default: the full schema, no mask.
   */
  select?: T;
  /** For one object read by slug: a former slug throws a `moved` UpstreamError instead of following it. */
  reportMoved?: boolean;
}

/** Checks a caller's input; a bad value becomes a 400 `UpstreamError` before any request. */
export function validInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(result.error);
  return result.data;
}

function selection<T extends ItemSchema>(full: ItemSchema, select: T | undefined) {
  if (select) return { item: select, masked: true };
  // Without `select`, T is its default, the full schema: this cast is what that default promises.
  return { item: full as T, masked: false };
}

/** GET one object, e.g. `/reuses/{id}/`. */
export function readOne<T extends ItemSchema>(
  path: ApiPath,
  full: ItemSchema,
  options: ReadOptions<T>,
): Promise<z.output<T>> {
  const { item, masked } = selection(full, options.select);
  const fields = masked ? fieldsMask(item) : undefined;
  const { credential, reportMoved } = options;
  return upstream({ method: "GET", path, schema: item, credential, fields, reportMoved });
}

/** GET a udata page `{data, total, page, page_size, next_page, previous_page}`, from API v1 unless told. */
export function readPage<T extends ItemSchema>(
  path: ApiPath,
  full: ItemSchema,
  options: ReadOptions<T>,
  query?: Query,
  version: 1 | 2 = 1,
): Promise<Page<z.output<T>>> {
  const { item, masked } = selection(full, options.select);
  const schema = page(item);
  const fields = masked ? fieldsMask(schema) : undefined;
  return upstream({ method: "GET", path, query, schema, credential: options.credential, fields, version });
}

/** GET a plain JSON list (`/me/reuses/`, `/reuses/suggest/`…); the mask applies to each item. */
export function readList<T extends ItemSchema>(
  path: ApiPath,
  full: ItemSchema,
  options: ReadOptions<T>,
  query?: Query,
): Promise<z.output<T>[]> {
  const { item, masked } = selection(full, options.select);
  const fields = masked ? fieldsMask(item) : undefined;
  return upstream({ method: "GET", path, query, schema: z.array(item), credential: options.credential, fields });
}
