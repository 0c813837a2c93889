import "server-only";

import { parseEnv } from "./env-schema";

/**
 * The one place that reads `process.env` (an ESLint rule forbids it elsewhere). Validated once, when the server
 * starts: a bad value stops start-up with a one-line message naming the variable.
 */
export const env = parseEnv(process.env);
export type { Env } from "./env-schema";
