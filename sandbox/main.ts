import { readEnv } from "./env";
import { startSandbox } from "./server";

/** `npm run sandbox`: the data.gouv.fr stand-in on $SANDBOX_PORT, until SIGINT or SIGTERM. */
const started = performance.now();
const env = readEnv();
const sandbox = await startSandbox(env);
console.log(
  `sandbox: data.gouv.fr API (udata ${env.udata}) on ${sandbox.url}/api/1/ (state in ${env.dataDir}, ready in ${Math.round(performance.now() - started)} ms)`,
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
