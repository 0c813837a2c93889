import "server-only";

import { getStore } from "~/server/store";

/**
 * The transfers a user asked for through this site, by id. udata lists transfers only by subject or recipient
 * (`GET /transfer/` needs one): remembering them lets the overview read each one in parallel with its other
 * requests, one round trip deep, instead of asking reuse by reuse. Ones asked on data.gouv.fr itself are not here.
 */
const REMEMBER_MS = 90 * 24 * 60 * 60_000;
const MAX_REMEMBERED = 20;

const keyOf = (userId: string) => `transfers:asked:${userId}`;

function parsed(value: string | null): string[] {
  if (!value) return [];
  const ids: unknown = JSON.parse(value);
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
}

export async function askedTransfers(userId: string): Promise<string[]> {
  return parsed(await getStore().get(keyOf(userId)));
}

/** Replaces the remembered ids (the latest first), e.g. without the ones no longer pending. */
export async function rememberAskedTransfers(userId: string, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)].slice(0, MAX_REMEMBERED);
  await getStore().set(keyOf(userId), JSON.stringify(unique), REMEMBER_MS);
}
