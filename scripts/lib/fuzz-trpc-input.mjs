// Inputs of the fuzzer's tRPC cases: a procedure's example input (fuzz-procedures.ts) made real, then changed in
// one field, or given an extra key.

/** Which real id an id field of an example gets, by field name; any other id field gets the reuse's. */
const ID_OF_FIELD = { dataset: "dataset", datasets: "dataset", organization: "organization" };

let urls = 0;

/** An example with real ids in place of the id placeholder, and a URL of its own (udata wants reuse URLs unique). */
export function realExample(value, ids, placeholders, field) {
  if (value === placeholders.id) return ids[ID_OF_FIELD[field] ?? "reuse"];
  if (value === placeholders.url) return `${placeholders.url}/${++urls}`;
  if (Array.isArray(value)) return value.map((item) => realExample(item, ids, placeholders, field));
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(([key, item]) => [key, realExample(item, ids, placeholders, key)]);
    return Object.fromEntries(entries);
  }
  return value;
}

/** Every field path of a JSON Schema object (nested objects and first array items included). */
export function fieldPaths(schema, prefix = []) {
  return Object.entries(schema?.properties ?? {}).flatMap(([name, field]) => {
    const path = [...prefix, name];
    if (field.type === "object") return [path, ...fieldPaths(field, path)];
    return field.type === "array" ? [path, [...path, 0]] : [path];
  });
}

/** `example` (a fresh copy) with `value` at `path`. */
export function withValue(example, path, value) {
  const copy = example ?? {};
  let target = copy;
  for (const key of path.slice(0, -1)) {
    if (target[key] === null || typeof target[key] !== "object") target[key] = typeof path[1] === "number" ? [] : {};
    target = target[key];
  }
  target[path.at(-1)] = value;
  return copy;
}

/** An example with an extra own key named `key` (as JSON.parse makes it, not a prototype change). */
export function withOwnKey(example, key) {
  const copy = { ...(example ?? {}) };
  Object.defineProperty(copy, key, { value: { polluted: "fz9" }, enumerable: true });
  return copy;
}
