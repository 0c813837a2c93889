// Seeds reuses for the detail page's specs through the sandbox's API, as a producer would make them: a fresh
// user (sandbox.createUser), then POST /api/1/reuses/ with its key. Each test makes its own.
import { randomUUID } from "node:crypto";

import type { SandboxClient, SandboxUser } from "../support/sandbox";

export type SeededReuse = { id: string; slug: string; title: string; url: string };

export type NewReuse = {
  title: string;
  description: string;
  type?: string;
  topic?: string;
  tags?: string[];
  /** How many of the sandbox's datasets it uses. */
  datasets?: number;
  organization?: string;
  private?: boolean;
  archived?: string;
};

/** Calls the sandbox's `/api/1` as `apiKey` (anonymously without one); the parsed JSON, or throws. */
export async function sandboxApi<T>(
  sandbox: SandboxClient,
  method: string,
  path: string,
  apiKey?: string,
  body?: unknown,
) {
  const response = await fetch(new URL(`/api/1${path}`, sandbox.url), {
    method,
    headers: {
      ...(apiKey ? { "X-API-KEY": apiKey } : {}),
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`sandbox ${method} ${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A reuse by `owner`, using the first `datasets` datasets of the sandbox's catalogue. */
export async function seedReuse(sandbox: SandboxClient, owner: SandboxUser, reuse: NewReuse): Promise<SeededReuse> {
  const count = reuse.datasets ?? 2;
  const { data } = await sandboxApi<{ data: { id: string }[] }>(sandbox, "GET", `/datasets/?page_size=${count}`);
  const url = `https://example.org/reutilisation/${randomUUID()}`;
  const created = await sandboxApi<{ id: string; slug: string }>(sandbox, "POST", "/reuses/", owner.apikey, {
    type: "application",
    topic: "transport_and_mobility",
    url,
    ...reuse,
    datasets: data.map((dataset) => dataset.id),
  });
  return { ...created, title: reuse.title, url };
}

/** `count` new users who each follow the reuse; their full names, in the order they followed. */
export async function seedFollowers(sandbox: SandboxClient, reuseId: string, count: number): Promise<string[]> {
  const names: string[] = [];
  for (let index = 0; index < count; index++) {
    const user = await sandbox.createUser({ first_name: `Abonnée${index + 1}`, last_name: "Lectrice" });
    await sandboxApi(sandbox, "POST", `/reuses/${reuseId}/followers/`, user.apikey);
    names.push(`Abonnée${index + 1} Lectrice`);
  }
  return names;
}

/** A unique title, so that parallel tests and reruns never meet each other's reuses. */
export function uniqueTitle(prefix: string): string {
  return `${prefix} ${randomUUID().slice(0, 8)}`;
}
