// The sandbox + app pair that `npm run demo` and `npm run dev` serve. One command, no set-up: the sandbox
// starts unless DATAGOUV_URL points elsewhere, the auth secret is generated when missing, Ctrl-C stops all.
import { sandboxOAuthEnv, siteOAuthEnv } from "./sandbox-oauth.mjs";
import { ensureSecret } from "./secret.mjs";
import { isPortInUse, waitForUrl } from "./net.mjs";
import { exitCode, interrupted, run, spawnGroup, stopAll } from "./proc.mjs";
import { sandboxCommand, serverCommand, tool } from "./paths.mjs";

const STARTUP_TIMEOUT_MS = 180_000;

/**
 * Builds (when `mode` is "start"), starts the sandbox and the app, waits until both answer, then runs until one
 * of them stops or we are interrupted. Never returns: exits with the code of whatever stopped first.
 */
export async function serve({ mode }) {
  const env = process.env;
  const port = parsePort(env.PORT ?? "3000", "PORT");
  const siteUrl = env.NEXTAUTH_URL ?? `http://localhost:${port}`;

  if (mode === "start") {
    step("Building the app (next build)");
    const code = await run(...tool("next", ["build"]));
    if (code !== 0) fail(`next build failed (exit ${code})`, code);
  }

  await assertFree(port, "PORT");
  const services = [];
  let datagouvUrl = env.DATAGOUV_URL;
  // With the sandbox, "Se connecter avec data.gouv.fr" works at once, through its demo client.
  let oauthEnv = {};
  if (!datagouvUrl) {
    const sandboxPort = parsePort(env.SANDBOX_PORT ?? "7000", "SANDBOX_PORT");
    await assertFree(sandboxPort, "SANDBOX_PORT");
    datagouvUrl = `http://127.0.0.1:${sandboxPort}`;
    step(`Starting the sandbox on ${datagouvUrl}`);
    const [command, args] = sandboxCommand();
    const sandboxEnv = { ...env, ...sandboxOAuthEnv(siteUrl), SANDBOX_PORT: String(sandboxPort) };
    const sandbox = spawnGroup(command, args, { env: sandboxEnv });
    oauthEnv = siteOAuthEnv(env);
    services.push(["sandbox", sandbox]);
    await ready(`${datagouvUrl}/_sandbox/health`, sandbox, "sandbox");
  }

  step(`Starting the app (${mode === "dev" ? "development" : "production"} server) on ${siteUrl}`);
  const appEnv = {
    ...env,
    ...oauthEnv,
    NODE_ENV: mode === "dev" ? "development" : "production",
    PORT: String(port),
    DATAGOUV_URL: datagouvUrl,
    NEXTAUTH_SECRET: ensureSecret(env.DATA_DIR || ".data"),
    NEXTAUTH_URL: siteUrl,
    DEMO_MODE: "true",
  };
  const app = spawnGroup(...serverCommand(), { env: appEnv });
  services.push(["app", app]);
  // Any answer means the server is up (the page itself may well be an error while the app is being written).
  await ready(`http://127.0.0.1:${port}/`, app, "app", () => true);

  step(`Ready: ${siteUrl} (data.gouv.fr API: ${datagouvUrl}). Ctrl-C stops everything.`);
  const [name, code] = await Promise.race(services.map(async ([n, child]) => [n, await exitCode(child)]));
  if (interrupted()) return; // the signal handler is stopping everything and exits
  console.error(`The ${name} stopped (exit ${code}): stopping the rest.`);
  await stopAll();
  process.exit(code === 0 ? 1 : code);
}

async function ready(url, child, name, accept) {
  try {
    await waitForUrl(url, STARTUP_TIMEOUT_MS, { child, accept });
  } catch (error) {
    await stopAll();
    fail(`The ${name} did not start: ${error.message}`, 1);
  }
}

async function assertFree(port, variable) {
  if (await isPortInUse(port)) {
    await stopAll();
    fail(`Port ${port} is already in use: stop what listens there or set ${variable} to another port`, 1);
  }
}

function parsePort(value, variable) {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`${variable}=${value} is not a port number`, 1);
  return port;
}

function step(message) {
  console.log(`\n▶ ${message}`);
}

function fail(message, code) {
  console.error(`✖ ${message}`);
  process.exit(code || 1);
}
