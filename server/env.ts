// No `import "server-only"` here: the front server (server/http, run by Node outside the Next.js bundles) reads
// the environment too. Nothing is exposed by a mistaken client import: Next.js inlines NEXT_PUBLIC_* variables
// only, so in a browser this module would find no values and fail.
import { parseEnv } from "./env-schema";

/**
 * The one place that reads `process.env` (an ESLint rule forbids it elsewhere). Validated once, when the server
 * starts: a bad value stops start-up with a one-line message naming the variable.
 */
export const env = parseEnv(process.env);
export type { Env } from "./env-schema";
