/**
 * Compares a JSON answer with a real recorded sample: every key of the sample must be in the answer
 * with the same JSON type, recursively. A null in the sample accepts anything, and so does a value the
 * recorder replaced by "[redacted]"; arrays compare their first elements; keys listed in `freeForm`
 * (maps such as `extras`, `*_by_months`) only need the same type.
 * Returns the path of the first difference, or null when the shapes agree.
 */
type Options = { freeForm?: readonly string[]; ignore?: readonly string[] };

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

export function sameShape(actual: unknown, sample: unknown, options: Options = {}, path = "$"): string | null {
  if (sample === null || sample === "[redacted]") return null;
  const expected = typeOf(sample);
  if (typeOf(actual) !== expected) return `${path}: expected ${expected}, got ${typeOf(actual)}`;
  if (Array.isArray(sample) && Array.isArray(actual)) {
    if (sample.length === 0 || actual.length === 0) return null;
    return sameShape(actual[0], sample[0], options, `${path}[0]`);
  }
  if (expected !== "object") return null;
  const actualObject = actual as Record<string, unknown>;
  for (const [key, value] of Object.entries(sample as Record<string, unknown>)) {
    if (options.ignore?.includes(key)) continue;
    if (!(key in actualObject)) return `${path}.${key}: missing`;
    const freeForm = options.freeForm?.some(
      (pattern) => key === pattern || (pattern.startsWith("*") && key.endsWith(pattern.slice(1))),
    );
    const difference = freeForm
      ? typeOf(actualObject[key]) === typeOf(value) || value === null
        ? null
        : `${path}.${key}: expected ${typeOf(value)}, got ${typeOf(actualObject[key])}`
      : sameShape(actualObject[key], value, options, `${path}.${key}`);
    if (difference) return difference;
  }
  return null;
}
