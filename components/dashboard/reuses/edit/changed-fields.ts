import { REUSE_FIELD_NAMES, type ReuseFieldsInput } from "~/lib/reuses/reuse-form-schema";

/** The fields whose value differs from the saved one: what a partial PUT sends. */
export function changedFields<T extends ReuseFieldsInput>(saved: ReuseFieldsInput, values: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of REUSE_FIELD_NAMES) {
    if (JSON.stringify(saved[key]) !== JSON.stringify(values[key])) Object.assign(changed, { [key]: values[key] });
  }
  return changed;
}
