import { z } from "zod";

/** The sandbox's environment (the only sandbox file that reads `process.env`). */
const schema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65_535).default(7000),
  SANDBOX_DATA_DIR: z.string().min(1).default(".data/sandbox"),
  SANDBOX_LATENCY_MS: z.coerce.number().int().min(0).default(0),
});

export interface SandboxEnv {
  port: number;
  dataDir: string;
  latencyMs: number;
}

export function readEnv(): SandboxEnv {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`sandbox: bad environment: ${problems}`);
  }
  const env = result.data;
  return { port: env.SANDBOX_PORT, dataDir: env.SANDBOX_DATA_DIR, latencyMs: env.SANDBOX_LATENCY_MS };
}
