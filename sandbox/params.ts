import { badRequest, notFound, parameterError } from "./http";

/** Query parameters read the way udata's parsers read them, with their 400 answers. */
export function isObjectId(value: string): boolean {
  return /^[0-9a-f]{24}$/i.test(value);
}

export function intParam(url: URL, name: string, fallback: number, help: string): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return fallback;
  if (!/^\s*[+-]?\d+\s*$/.test(raw))
    throw parameterError(name, `${help} invalid literal for int() with base 10: '${raw}'`);
  return Number.parseInt(raw, 10);
}

/** flask-restx prefixes a parameter's error with its help text, when it has one. */
const withHelp = (help: string | null, message: string) => (help ? `${help} ${message}` : message);

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
    throw parameterError(name, withHelp(help, `The value '${raw}' is not a valid choice for '${name}'.`));
  return raw;
}

/** flask-restx's `inputs.boolean`: an empty value is false. */
export function booleanParam(url: URL, name: string): boolean | null {
  const raw = url.searchParams.get(name);
  if (raw === null) return null;
  const value = raw.toLowerCase();
  if (value === "" || value === "false" || value === "0") return false;
  if (value === "true" || value === "1" || value === "on") return true;
  throw parameterError(name, `Invalid literal for boolean(): ${raw}`);
}

/** flask-restx's `inputs.positive` (udata/api/__init__.py `add_pagination_arguments`). */
export function positiveParam(url: URL, name: string, fallback: number, help: string): number {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  if (!/^\s*[+-]?\d+\s*$/.test(raw)) throw parameterError(name, withHelp(help, `${raw} is not a valid integer`));
  const value = Number.parseInt(raw, 10);
  if (value < 1)
    throw parameterError(name, withHelp(help, `Invalid argument: ${value}. argument must be a positive integer`));
  return value;
}

export function requiredParam(url: URL, name: string, help: string): string {
  const raw = url.searchParams.get(name);
  if (raw === null) throw parameterError(name, `${help} Missing required parameter in the query string`);
  return raw;
}

/** udata rejects ids that are not ObjectIds: "Owner arg must be an identifier". */
export function objectIdParam(url: URL, name: string): string | null {
  const raw = url.searchParams.get(name);
  if (!raw) return null;
  if (!isObjectId(raw)) throw badRequest(`${name.charAt(0).toUpperCase()}${name.slice(1)} arg must be an identifier`);
  return raw;
}

/** `page` and `page_size`; like udata's paginator, a page before the first or past the last is a 404. */
export function pagination(url: URL, total: number): { page: number; pageSize: number } {
  const page = intParam(url, "page", 1, "The page to display");
  const pageSize = intParam(url, "page_size", 20, "The page size");
  if (pageSize < 1) throw parameterError("page_size", "The page size must be a positive integer");
  if (page < 1 || (page > 1 && (page - 1) * pageSize >= total)) throw notFound();
  return { page, pageSize };
}
