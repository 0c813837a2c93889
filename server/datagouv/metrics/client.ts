import "server-only";

import type { z } from "zod";

import { env } from "~/server/env";

import { TIMEOUT_MS } from "../config";
import { isRetryable, retryDelayMs } from "../client";
import { UpstreamError } from "../errors";

/** The metrics service's tables the site reads (datagouv/api-tabular `/api/{model}/data/`). */
export type MetricsPath = "/api/reuses/data/" | "/api/reuses_total/data/" | "/api/reuses/data/csv/";
type MetricsQuery = Readonly<Record<string, string | number>>;

function metricsUrl(path: MetricsPath, query: MetricsQuery): string {
  const search = new URLSearchParams(Object.entries(query).map(([name, value]) => [name, String(value)]));
  // api-tabular reads `reuse_id__in=a,b` as is: the commas must stay commas.
  return `${env.METRICS_URL}${path}?${search.toString().replace(/%2C/g, ",")}`;
}

/**
 * A GET on data.gouv.fr's metrics service (METRICS_URL), with the udata client's rules: a time limit per attempt
 * (TIMEOUT_MS.read), one retry after a network or gateway error, errors as `UpstreamError`. Anonymous: the service
 * is public, and no credential ever goes there.
 */
export async function metricsGet(path: MetricsPath, query: MetricsQuery): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attempt1(path, query);
    } catch (error) {
      if (attempt > 1 || !isRetryable("GET", error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs()));
    }
  }
}

async function attempt1(path: MetricsPath, query: MetricsQuery): Promise<Response> {
  const signal = AbortSignal.timeout(TIMEOUT_MS.read);
  let response: Response;
  try {
    response = await fetch(metricsUrl(path, query), { signal, redirect: "error" });
  } catch (error) {
    const timedOut = signal.aborted || (error instanceof Error && error.name === "TimeoutError");
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : undefined;
    throw new UpstreamError({ kind: timedOut ? "timeout" : "network", method: "GET", path, detail });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new UpstreamError({ kind: "http", status: response.status, method: "GET", path });
  }
  return response;
}

/** A JSON page of the service, parsed with `schema`. */
export async function metricsJson<S extends z.ZodType>(
  path: MetricsPath,
  query: MetricsQuery,
  schema: S,
): Promise<z.output<S>> {
  const response = await metricsGet(path, query);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new UpstreamError({
      kind: "malformed",
      status: response.status,
      method: "GET",
      path,
      detail: "invalid JSON",
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const detail = `schema mismatch: ${parsed.error.issues[0]?.message ?? ""}`;
    throw new UpstreamError({ kind: "malformed", status: response.status, method: "GET", path, detail });
  }
  return parsed.data;
}
