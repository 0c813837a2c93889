import { EnvError } from "../env-schema";

/**
 * The validated environment, or the end of the process: a bad value is reported in one line naming the
 * variable (no stack trace), and the server does not start.
 */
export async function loadEnvOrExit() {
  try {
    return (await import("../env")).env;
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
