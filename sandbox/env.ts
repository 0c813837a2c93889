import { z } from "zod";
import { DEFAULT_OAUTH_REDIRECT_URI } from "./oauth/demo-client";
import { TOKEN_EXPIRATION_S } from "./oauth/token-endpoint";
import { type UdataVersion } from "./udata-version";

/** The sandbox's environment (the only sandbox file that reads `process.env`). */
const schema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65_535).default(7000),
  SANDBOX_DATA_DIR: z.string().min(1).default(".data/sandbox"),
  SANDBOX_LATENCY_MS: z.coerce.number().int().min(0).default(0),
  SANDBOX_UDATA: z.enum(["15", "17"]).default("17"),
  SANDBOX_OAUTH_REDIRECT_URI: z.string().url().default(DEFAULT_OAUTH_REDIRECT_URI),
  SANDBOX_OAUTH_TOKEN_TTL_S: z.coerce.number().int().positive().default(TOKEN_EXPIRATION_S),
});

export interface SandboxEnv {
  port: number;
  dataDir: string;
  latencyMs: number;
  udata: UdataVersion;
  oauthRedirectUri: string;
  oauthTokenTtlS: number;
}

export function readEnv(): SandboxEnv {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`sandbox: bad environment: ${problems}`);
  }
  const env = result.data;
  return {
    port: env.SANDBOX_PORT,
    dataDir: env.SANDBOX_DATA_DIR,
    latencyMs: env.SANDBOX_LATENCY_MS,
    udata: env.SANDBOX_UDATA === "15" ? 15 : 17,
    oauthRedirectUri: env.SANDBOX_OAUTH_REDIRECT_URI,
    oauthTokenTtlS: env.SANDBOX_OAUTH_TOKEN_TTL_S,
  };
}
