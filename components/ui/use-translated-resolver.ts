"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

import type { ValidationKey } from "~/lib/i18n/validation";

/** Rewrites, in place, every `message` of react-hook-form's errors (nested by field, by array index). */
function translateMessages(node: unknown, translate: (message: string) => string): void {
  if (typeof node !== "object" || node === null) return;
  for (const [name, value] of Object.entries(node)) {
    if (name === "ref") continue; // the field's element
    if (name === "message" && typeof value === "string") Reflect.set(node, name, translate(value));
    else translateMessages(value, translate);
  }
}

/**
 * zod's resolver for a form whose schema's messages are keys of the `validation` catalog (lib/i18n/validation.ts):
 * the errors reach the fields in the page's language, with `limits` for the values the sentences name.
 */
export function useTranslatedResolver<Input extends FieldValues, Output extends FieldValues>(
  schema: z.ZodType<Output, Input>,
  limits: Record<string, number>,
): Resolver<Input, unknown, Output> {
  const t = useTranslations("validation");
  return useMemo(() => {
    const resolve = zodResolver<Input, unknown, Output>(schema);
    // A message that is no key (a schema's own text) is shown as it is.
    const isKey = (message: string): message is ValidationKey => t.has(message as ValidationKey);
    const translate = (message: string) => (isKey(message) ? t(message, limits) : message);
    return async (values, context, options) => {
      // zodResolver builds a new errors object at every call: rewriting it in place touches nothing shared.
      const result = await resolve(values, context, options);
      translateMessages(result.errors, translate);
      return result;
    };
  }, [schema, limits, t]);
}
