import { type z } from "zod";
import { type ApiRequest } from "../context";
import { readJsonObject, validationError } from "../http";

/** A control route's JSON body, checked: 400 with udata's error shape otherwise. */
export async function parseBody<T>(request: ApiRequest, schema: z.ZodType<T>): Promise<T> {
  const result = schema.safeParse(await readJsonObject(request.raw));
  if (result.success) return result.data;
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (errors[issue.path.join(".") || "body"] ??= []).push(issue.message);
  throw validationError(errors);
}
