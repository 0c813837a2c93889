import "server-only";

import { z } from "zod";

import { getStore } from "../store";

/**
 * The ids of a producer's reuses as last seen, in the store. The metrics service knows reuses by id and the
 * list of a producer's reuses is an upstream read: with the ids remembered, the audience page asks for the list
 * and for the monthly figures at once (one round trip deep). Only ids go in (public, and no credential).
 */
const TTL_MS = 90 * 24 * 60 * 60_000;
const keyOf = (userId: string) => `my-reuse-ids:${userId}`;
const idsSchema = z.array(z.string());

/** The ids remembered for this user (none when the store fails: a shortcut, not a source). */
export async function rememberedReuseIds(userId: string): Promise<string[]> {
  try {
    const raw = await getStore().get(keyOf(userId));
    return raw === null ? [] : (idsSchema.safeParse(JSON.parse(raw)).data ?? []);
  } catch {
    return [];
  }
}

export async function rememberReuseIdsOf(userId: string, ids: readonly string[]): Promise<void> {
  await getStore()
    .set(keyOf(userId), JSON.stringify(ids), TTL_MS)
    .catch(() => undefined);
}
