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
  /** How long the answer took, in ms, and when the request arrived (ISO). */
  ms: number;
  at: string;
}

export async function upstreamRequests(): Promise<LoggedRequest[]> {
  return (await control("GET", "requests")).json() as Promise<LoggedRequest[]>;
}

/** Two of the sandbox's organizations. */
export const ADEME = "534fff4ca3a7292c64a77c95";
export const CEREMA = "5c812a16634f416583ed1876";

/** Ids of a few public datasets of the sandbox. */
export async function someDatasets(count: number): Promise<string[]> {
  const response = await fetch(`${sandboxUrl}/api/1/datasets/?page_size=${count}`);
  const page = (await response.json()) as { data: { id: string }[] };
  return page.data.map((dataset) => dataset.id);
}

/** Makes a dataset the user owns (through the sandbox's `POST /datasets/`). */
export async function createDataset(user: { apikey: string }, title: string): Promise<void> {
  const response = await fetch(`${sandboxUrl}/api/1/datasets/`, {
    method: "POST",
    headers: { "X-API-KEY": user.apikey, "Content-Type": "application/json" },
    body: JSON.stringify({ title, description: `${title}.` }),
  });
  if (response.status !== 201) throw new Error(`POST /datasets/: HTTP ${response.status}`);
}
