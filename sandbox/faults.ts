import { type ServerResponse } from "node:http";
import { z } from "zod";
import { type JsonObject } from "./json";

/**
 * Injected faults (`POST /_sandbox/faults`): matching /api requests are delayed, then a share `rate`
 * of them hang, answer broken JSON or fail with `status`. The share is exact and deterministic: with
 * rate 0.5, every second matching request fails.
 */
export const faultSchema = z.object({
  latencyMs: z.number().int().min(0).max(600_000).default(0),
  status: z.number().int().min(400).max(599).optional(),
  rate: z.number().min(0).max(1).default(1),
  hang: z.boolean().default(false),
  malformed: z.boolean().default(false),
  /** An /api path prefix; a prefix without `/api/` is read under `/api/1` (`/reuses/` is `/api/1/reuses/`). */
  pathPrefix: z.string().startsWith("/").optional(),
});

export type FaultConfig = z.infer<typeof faultSchema>;
export type Failure = { kind: "hang" } | { kind: "malformed" } | { kind: "status"; status: number };

export class Faults {
  private config: FaultConfig | null = null;
  private prefix = "/api/";
  private matched = 0;
  private readonly held = new Set<ServerResponse>();

  set(config: FaultConfig): void {
    this.config = config;
    const prefix = config.pathPrefix ?? "/api/";
    this.prefix = prefix.startsWith("/api/") ? prefix : `/api/1${prefix}`;
    this.matched = 0;
  }

  /** Ends the faults and releases the hung requests by destroying their sockets. */
  clear(): void {
    this.config = null;
    for (const response of this.held) response.destroy();
    this.held.clear();
  }

  /** The active faults as answered by the control route, with `pathPrefix` as matched. */
  describe(): JsonObject | null {
    const config = this.config;
    if (!config) return null;
    return { ...config, status: config.status ?? null, pathPrefix: this.prefix };
  }

  decide(path: string): { delayMs: number; failure: Failure | null } {
    const config = this.config;
    if (!config || !path.startsWith(this.prefix)) return { delayMs: 0, failure: null };
    const failure: Failure | null = config.hang
      ? { kind: "hang" }
      : config.malformed
        ? { kind: "malformed" }
        : config.status
          ? { kind: "status", status: config.status }
          : null;
    if (!failure) return { delayMs: config.latencyMs, failure: null };
    this.matched += 1;
    const fires = Math.floor(this.matched * config.rate) > Math.floor((this.matched - 1) * config.rate);
    return { delayMs: config.latencyMs, failure: fires ? failure : null };
  }

  hold(response: ServerResponse): void {
    this.held.add(response);
    response.on("close", () => this.held.delete(response));
  }
}
