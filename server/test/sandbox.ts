/** The sandbox's control routes, for integration tests (see sandbox/README.md). */
import { inject } from "vitest";

export const sandboxUrl = inject("sandboxUrl");

export async function control(method: string, route: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${sandboxUrl}/_sandbox/${route}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sandbox ${method} /_sandbox/${route}: HTTP ${response.status}`);
  return response;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  withKey: boolean;
  /** The X-Fields mask sent, or null. */
  fields: string | null;
  status: number;
}

export async function upstreamRequests(): Promise<LoggedRequest[]> {
  return (await control("GET", "requests")).json() as Promise<LoggedRequest[]>;
}
