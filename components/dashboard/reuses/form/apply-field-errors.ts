import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/**
 * Shows a failed call's field errors next to their fields (`fieldOf` names the form field of an upstream or
 * procedure field). Returns the fields that got one, and the messages no field of the form can show.
 */
export function applyFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: Readonly<Record<string, string[]>>,
  fieldOf: (name: string) => Path<T> | undefined,
): { placed: Path<T>[]; unplaced: string[] } {
  const placed: Path<T>[] = [];
  const unplaced: string[] = [];
  for (const [name, messages] of Object.entries(fieldErrors)) {
    const field = fieldOf(name);
    if (field) {
      setError(field, { type: "server", message: messages.join(" ") });
      placed.push(field);
    } else unplaced.push(...messages);
  }
  return { placed, unplaced };
}
