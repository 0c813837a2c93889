import { z } from "zod";
import { type UdataVersion } from "./udata-version";

/** The sandbox's environment (the only sandbox file that reads `process.env`). */
const schema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65_535).default(7000),
  SANDBOX_DATA_DIR: z.string().min(1).default(".data/sandbox"),
  SANDBOX_LATENCY_MS: z.coerce.number().int().min(0).default(0),
  SANDBOX_UDATA: z.enum(["15", "17"]).default("17"),
});

export interface SandboxEnv {
  port: number;
  dataDir: string;
  latencyMs: number;
  udata: UdataVersion;
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
  };
}
