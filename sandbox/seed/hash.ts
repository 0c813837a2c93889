import { createHash } from "node:crypto";

/** Deterministic derivations: everything the seed invents comes from hashes of real ids, never Math.random. */
function digest(parts: readonly (string | number)[]): string {
  return createHash("sha1").update(parts.join("\u0000")).digest("hex");
}

/** A stable unsigned 32-bit integer for the given parts. */
export function hashInt(...parts: (string | number)[]): number {
  return Number.parseInt(digest(parts).slice(0, 8), 16);
}

/** A stable 24-hex id (the shape of a MongoDB ObjectId) for the given parts. */
export function objectId(...parts: (string | number)[]): string {
  return digest(parts).slice(0, 24);
}

/** A stable UUID-shaped id (udata's resource ids) for the given parts. */
export function uuid(...parts: (string | number)[]): string {
  const hex = digest(parts);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A stable choice among `items` for the given parts. */
export function pick<T>(items: readonly T[], ...parts: (string | number)[]): T {
  const item = items[hashInt(...parts) % items.length];
  if (item === undefined) throw new Error("pick() needs at least one item");
  return item;
}

/** A stable fraction in [0, 1) for the given parts. */
export function fraction(...parts: (string | number)[]): number {
  return hashInt(...parts) / 0x1_0000_0000;
}

/** A stable udata timestamp between the start of `fromYear` and the start of `toYear`. */
export function hashDate(fromYear: number, toYear: number, ...parts: (string | number)[]): string {
  return hashDateBetween(Date.UTC(fromYear, 0, 1), Date.UTC(toYear, 0, 1), ...parts);
}

/** A stable udata timestamp between two instants (milliseconds since the epoch). */
export function hashDateBetween(from: number, to: number, ...parts: (string | number)[]): string {
  const date = new Date(from + Math.floor(fraction(...parts) * Math.max(0, to - from)));
  return date.toISOString().replace("Z", "000+00:00");
}
