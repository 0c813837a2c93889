import { z } from "zod";

const url = z.url({ protocol: /^https?$/ }).transform((value) => value.replace(/\/+$/, ""));

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATAGOUV_URL: url.default("http://127.0.0.1:7000"),
    /**
     * data.gouv.fr's metrics service (monthly visits; https://metric-api.data.gouv.fr in production). Unset, it is
     * DATAGOUV_URL: the sandbox serves both on one port.
     */
    METRICS_URL: url.optional(),
    NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
    AUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
    NEXTAUTH_URL: url.default("http://localhost:3000"),
    DATA_DIR: z.string().min(1).default(".data"),
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** The data cache's share of the store (SQLite file or Redis memory), in MB: past it, the oldest answers go. */
    CACHE_MAX_MB: z.coerce.number().int().min(1).max(100_000).default(64),
    /**
     * Behind a reverse proxy on the same machine (deploy/nginx.conf): the client's address, for the sign-in
     * limit, is the last X-Forwarded-For entry of connections from the loopback. Off, X-Forwarded-For is ignored.
     */
    TRUST_PROXY: z.stringbool().default(false),
    /** Set by `npm run demo`: lists the sandbox's demo accounts on the sign-in page. */
    DEMO_MODE: z.stringbool().default(false),
    /**
     * The site's OAuth2 client at data.gouv.fr (registered by its administrators): with both set, "Se connecter
     * avec data.gouv.fr" comes first on the sign-in page; without them, the API key is the only way.
     */
    DATAGOUV_OAUTH_CLIENT_ID: z.string().trim().min(1).optional(),
    DATAGOUV_OAUTH_CLIENT_SECRET: z.string().trim().min(1).optional(),
    /** Set by Next.js itself; `next build` runs without the production secret. */
    NEXT_PHASE: z.string().optional(),
  })
  .refine(
    (value) => (value.DATAGOUV_OAUTH_CLIENT_ID === undefined) === (value.DATAGOUV_OAUTH_CLIENT_SECRET === undefined),
    {
      path: ["DATAGOUV_OAUTH_CLIENT_SECRET"],
      message: "DATAGOUV_OAUTH_CLIENT_ID and DATAGOUV_OAUTH_CLIENT_SECRET go together: set both or neither",
    },
  )
  .transform(({ AUTH_SECRET, NEXTAUTH_SECRET, DATAGOUV_OAUTH_CLIENT_ID, DATAGOUV_OAUTH_CLIENT_SECRET, ...rest }) => ({
    ...rest,
    METRICS_URL: rest.METRICS_URL ?? rest.DATAGOUV_URL,
    NEXTAUTH_SECRET: NEXTAUTH_SECRET ?? AUTH_SECRET,
    DATAGOUV_OAUTH:
      DATAGOUV_OAUTH_CLIENT_ID && DATAGOUV_OAUTH_CLIENT_SECRET
        ? { clientId: DATAGOUV_OAUTH_CLIENT_ID, clientSecret: DATAGOUV_OAUTH_CLIENT_SECRET }
        : null,
  }))
  .refine(
    (value) =>
      value.NODE_ENV !== "production" ||
      value.NEXT_PHASE === "phase-production-build" ||
      value.NEXTAUTH_SECRET !== undefined,
    {
      path: ["NEXTAUTH_SECRET"],
      message: "required in production (or AUTH_SECRET)",
    },
  );

export type Env = z.output<typeof envSchema>;

/** Parses the environment; a bad value throws an EnvError whose one-line message names the variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = issue?.path.join(".") ?? "environment";
  throw new EnvError(`Invalid environment variable ${name}: ${issue?.message ?? "invalid value"}`);
}

export class EnvError extends Error {
  override name = "EnvError";
}
