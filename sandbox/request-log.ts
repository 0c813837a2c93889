import { udataTimestamp } from "./dates";

/** The log of /api requests behind `GET /_sandbox/requests`: the last `limit` ones, failed and faulted included. */
export type RequestEntry = {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  withKey: boolean;
  /** The X-Fields mask sent, or null. */
  fields: string | null;
  /** 0 while unanswered, and for requests that never got an answer (hung, then released). */
  status: number;
  ms: number;
  at: string;
};

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return query;
}

export class RequestLog {
  private entries: RequestEntry[] = [];

  constructor(private readonly limit = 10_000) {}

  /** Records a request as it arrives; call the answer with the status once it is sent (or 0). */
  start(method: string, url: URL, withKey: boolean, fields: string | null): (status: number) => void {
    const started = performance.now();
    const entry: RequestEntry = {
      method,
      path: url.pathname,
      query: queryOf(url),
      withKey,
      fields,
      status: 0,
      ms: 0,
      at: udataTimestamp(),
    };
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
    return (status) => {
      entry.status = status;
      entry.ms = Math.round((performance.now() - started) * 100) / 100;
    };
  }

  list(): readonly RequestEntry[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}
