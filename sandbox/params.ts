import { badRequest, notFound, parameterError } from "./http";

/** Query parameters read the way udata's parsers read them, with their 400 answers. */
export function isObjectId(value: string): boolean {
  return /^[0-9a-f]{24}$/i.test(value);
}

export function intParam(url: URL, name: string, fallback: number, help: string): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return fallback;
  if (!/^\s*[+-]?\d+\s*$/.test(raw))
    throw argumentError(name, help, `invalid literal for int() with base 10: '${raw}'`);
  return Number.parseInt(raw, 10);
}

/** flask-restx prefixes the parser's message with the argument's help, when it has one. */
function argumentError(name: string, help: string | null, message: string) {
  return parameterError(name, help ? `${help} ${message}` : message);
}

export function choiceParam<F extends string | null>(
  url: URL,
  name: string,
  choices: readonly string[],
  fallback: F,
  help: string | null,
): string | F {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return fallback;
  if (!choices.includes(raw))
    throw argumentError(name, help, `The value '${raw}' is not a valid choice for '${name}'.`);
  return raw;
}

/** A filter generated from a model field with `choices` (udata/api_fields.py): present, even empty, it must be one. */
export function filterChoiceParam(url: URL, name: string, choices: readonly string[]): string | null {
  const raw = url.searchParams.get(name);
  if (raw === null) return null;
  if (!choices.includes(raw))
    throw argumentError(name, null, `The value '${raw}' is not a valid choice for '${name}'.`);
  return raw;
}

/** flask-restx's `inputs.boolean`: empty is false, true/1/on and false/0 in any case, anything else a 400. */
export function booleanParam(url: URL, name: string): boolean | null {
  const raw = url.searchParams.get(name);
  if (raw === null) return null;
  const value = raw.toLowerCase();
  if (value === "" || value === "false" || value === "0") return false;
  if (value === "true" || value === "1" || value === "on") return true;
  throw argumentError(name, null, `Invalid literal for boolean(): ${value}`);
}

/** flask-restx's `inputs.positive`, which udata's `add_pagination_arguments` uses for `page` and `page_size`. */
export function positiveParam(url: URL, name: string, fallback: number, help: string): number {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  if (!/^\s*[+-]?\d+\s*$/.test(raw)) throw argumentError(name, help, `${raw} is not a valid integer`);
  const value = Number.parseInt(raw, 10);
  if (value < 1) throw argumentError(name, help, `Invalid ${name}: ${value}. ${name} must be a positive integer`);
  return value;
}

export function requiredParam(url: URL, name: string, help: string): string {
  const raw = url.searchParams.get(name);
  if (raw === null) throw parameterError(name, `${help} Missing required parameter in the query string`);
  return raw;
}

/** udata's hand-written listings reject ids that are not ObjectIds: "Owner arg must be an identifier". */
export function objectIdParam(url: URL, name: string): string | null {
  const raw = url.searchParams.get(name);
  if (!raw) return null;
  if (!isObjectId(raw)) throw badRequest(`${name.charAt(0).toUpperCase()}${name.slice(1)} arg must be an identifier`);
  return raw;
}

/** The filters generated from model fields (udata/api_fields.py `apply_sort_filters`): "`owner` must be an identifier". */
export function filterIdParam(url: URL, name: string): string | null {
  const raw = url.searchParams.get(name);
  if (raw === null) return null;
  if (!isObjectId(raw)) throw badRequest(`\`${name}\` must be an identifier`);
  return raw;
}

/** `page` and `page_size` (400 unless positive); like udata's paginator, a page past the last is a 404. */
export function pagination(url: URL, total: number): { page: number; pageSize: number } {
  const page = positiveParam(url, "page", 1, "The page to fetch");
  const pageSize = positiveParam(url, "page_size", 20, "The page size to fetch");
  if (page > 1 && (page - 1) * pageSize >= total) throw notFound();
  return { page, pageSize };
}
