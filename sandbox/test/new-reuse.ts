import { type TestSandbox, jsonOf } from "./harness";

/** A valid `POST /reuses/` body, different at each call (udata refuses a url already registered). */
export const SEEDED_DATASET = "5b7ffc618b4c4169d30727e0";

let counter = 0;
export function newReusePayload(fields: Record<string, unknown> = {}): Record<string, unknown> & { title: string } {
  counter += 1;
  return {
    title: `Ma réutilisation ${counter}`,
    description: "Une description.",
    type: "application",
    topic: "health",
    url: `https://example.org/reuse-${counter}-${Date.now()}`,
    datasets: [SEEDED_DATASET],
    ...fields,
  };
}

export type CreatedReuse = { id: string; slug: string; title: string; deleted: string | null; private: boolean };

export async function createReuse(sandbox: TestSandbox, key: string, fields: Record<string, unknown> = {}) {
  const response = await sandbox.call("/api/1/reuses/", { method: "POST", key, json: newReusePayload(fields) });
  const { status, body } = await jsonOf<CreatedReuse>(response);
  if (status !== 201) throw new Error(`POST /reuses/ answered ${status}`);
  return body;
}
