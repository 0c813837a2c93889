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

export function choiceParam(
  url: URL,
  name: string,
  choices: readonly string[],
  fallback: string,
  help: string,
): string {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return fallback;
  if (!choices.includes(raw))
    throw parameterError(name, `${help} The value '${raw}' is not a valid choice for '${name}'.`);
  return raw;
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
