// The Playwright run shared by `npm run test:e2e` and `npm test`. The ports and the temporary data directory are
// chosen here, once, and passed by environment: playwright.config.ts is evaluated again in every worker, and
// values it picked itself would differ between them.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { findChromium } from "../chromium.mjs";
import { freePort } from "./net.mjs";
import { isBuilt, tool } from "./paths.mjs";
import { run } from "./proc.mjs";

/** Runs the e2e suite; `build` forces `next build` (it also runs when there is no build). Resolves with the exit code. */
export async function runE2E({ args = [], build = false } = {}) {
  let chromium;
  try {
    chromium = findChromium();
  } catch (error) {
    console.error(`✖ ${error.message}`);
    return 1;
  }
  console.log(`Chromium: ${chromium}`);

  // Listing the tests starts no server: no build needed.
  if (build || (!isBuilt() && !args.includes("--list"))) {
    console.log(build ? "Building the app (requested)" : "No build in .next/: building the app");
    const code = await run(...tool("next", ["build"]));
    if (code !== 0) return code;
  }

  const tmp = mkdtempSync(path.join(tmpdir(), "reuses-e2e-"));
  const env = {
    ...process.env,
    PLAYWRIGHT_CHROMIUM_EXECUTABLE: chromium,
    E2E_SANDBOX_PORT: String(await freePort()),
    E2E_APP_PORT: String(await freePort()),
    E2E_TMP_DIR: tmp,
  };
  try {
    return await run(...tool("playwright", ["test", ...args]), { env });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Splits our own `--build` flag (and E2E_BUILD=1) from the arguments meant for `playwright test`. */
export function parseE2EArgs(argv, env = process.env) {
  const args = argv.filter((arg) => arg !== "--build");
  return { args, build: args.length !== argv.length || env.E2E_BUILD === "1" };
}
