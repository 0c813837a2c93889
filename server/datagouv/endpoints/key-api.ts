import "server-only";

import { z } from "zod";

import { env } from "~/server/env";
import { upstream } from "../client";
import { isUpstreamError } from "../errors";
import { apiPath } from "../paths";

/** How a data.gouv.fr keeps API keys: API tokens (udata ≥ 16) or one key per user, `/me/apikey/` (udata 15). */
export type KeyApi = "tokens" | "apikey";

/** An instance changes version rarely; a 404 on the API we think it has re-detects at once anyway. */
const DETECTION_TTL_MS = 60 * 60 * 1000;

const detections = new Map<string, { api: Promise<KeyApi>; at: number }>();

/**
 * An anonymous `GET /me/api_tokens/` answers 401 where the route exists (it needs a user) and 404 where it does
 * not: one call per instance and hour, shared by every request. A failure (timeout, 5xx) is thrown, not kept.
 */
async function probe(): Promise<KeyApi> {
  try {
    await upstream({ method: "GET", path: apiPath`/me/api_tokens/`, schema: z.unknown() });
    return "tokens";
  } catch (error) {
    if (isUpstreamError(error) && error.status === 401) return "tokens";
    if (isUpstreamError(error) && error.status === 404) return "apikey";
    throw error;
  }
}

/** The instance's key API, detected at most once an hour unless `fresh` (before a rare, destructive action). */
export async function keyApiOf({ fresh = false }: { fresh?: boolean } = {}): Promise<KeyApi> {
  const instance = env.DATAGOUV_URL;
  const known = detections.get(instance);
  if (!fresh && known && Date.now() - known.at < DETECTION_TTL_MS) return known.api;
  const api = probe();
  detections.set(instance, { api, at: Date.now() });
  api.catch(() => detections.delete(instance));
  return api;
}

/** What an answer showed (a list of tokens, or a 404 for it): the next actions need no probe. */
export function rememberKeyApi(api: KeyApi): void {
  detections.set(env.DATAGOUV_URL, { api: Promise.resolve(api), at: Date.now() });
}

/**
 * Runs `run` with the instance's key API. A 404 from it may mean the instance changed version (upgraded to
 * tokens, or not there yet): the detection is forgotten, and `run` runs again once if the API is another.
 */
export async function withKeyApi<T>(run: (api: KeyApi) => Promise<T>): Promise<T> {
  const api = await keyApiOf();
  try {
    return await run(api);
  } catch (error) {
    if (!isUpstreamError(error) || error.status !== 404) throw error;
    const again = await keyApiOf({ fresh: true });
    if (again === api) throw error;
    return run(again);
  }
}
