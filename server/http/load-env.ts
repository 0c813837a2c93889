import { type Env, EnvError } from "../env-schema";
import { dataDirProblem } from "../store/data-dir";

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

/**
 * With the embedded store (no REDIS_URL), the end of the process when DATA_DIR cannot hold it (it cannot be
 * created, is read-only or full): one line naming DATA_DIR and the cause, and the server does not start.
 */
export async function exitUnlessDataDirUsable(env: Pick<Env, "DATA_DIR" | "REDIS_URL">) {
  if (env.REDIS_URL) return;
  const problem = await dataDirProblem(env.DATA_DIR);
  if (problem === null) return;
  console.error(problem);
  process.exit(1);
}
