import { randomBytes } from "node:crypto";

/** Ids and secrets of what is created at run time (the seed's ids come from hashes instead). */
export function newObjectId(): string {
  const seconds = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, "0");
  return seconds + randomBytes(8).toString("hex");
}

export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}
