import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSandbox } from "../server";
import { type UdataVersion } from "../udata-version";

/** Starts a sandbox on a free port with a fresh data directory, and a small fetch helper for it. */
export const KEYS = {
  producer: "sandbox-key-producer",
  member: "sandbox-key-member",
  admin: "sandbox-key-admin",
} as const;

export interface TestSandbox {
  url: string;
  dataDir: string;
  /** fetch on the sandbox; `key` sets X-API-KEY, `fields` sets X-Fields, `json` sends a JSON body. */
  call: (
    path: string,
    init?: { method?: string; key?: string; fields?: string; json?: unknown; body?: BodyInit },
  ) => Promise<Response>;
  /** Stops the server and starts a new one on the same data directory. */
  restart: () => Promise<TestSandbox>;
  close: () => Promise<void>;
}

export async function startTestSandbox(
  options: {
    latencyMs?: number;
    dataDir?: string;
    udata?: UdataVersion;
    oauthTokenTtlS?: number;
    oauthRedirectUri?: string;
  } = {},
): Promise<TestSandbox> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "sandbox-test-")));
  const sandbox = await startSandbox({
    port: 0,
    dataDir,
    latencyMs: options.latencyMs,
    udata: options.udata,
    oauthTokenTtlS: options.oauthTokenTtlS,
    oauthRedirectUri: options.oauthRedirectUri,
  });
  return {
    url: sandbox.url,
    dataDir,
    call: (path, init = {}) => {
      const headers: Record<string, string> = {};
      if (init.key) headers["X-API-KEY"] = init.key;
      if (init.fields) headers["X-Fields"] = init.fields;
      if (init.json !== undefined) headers["Content-Type"] = "application/json";
      const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
      return fetch(`${sandbox.url}${path}`, { method: init.method ?? "GET", headers, body, redirect: "manual" });
    },
    restart: async () => {
      await sandbox.close();
      const restarted = await startTestSandbox({ ...options, dataDir });
      return {
        ...restarted,
        close: async () => {
          await restarted.close();
          if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
        },
      };
    },
    close: async () => {
      await sandbox.close();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The JSON body of an answer, with its status. */
export async function jsonOf<T = Record<string, unknown>>(response: Response): Promise<{ status: number; body: T }> {
  return { status: response.status, body: (await response.json()) as T };
}
