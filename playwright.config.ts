import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { defineConfig, devices } from "@playwright/test";

import { type E2EOptions } from "./e2e/fixtures";
import { E2E_OAUTH_TOKEN_TTL_S } from "./e2e/support/oauth";
import { ISOLATED_TAG } from "./e2e/support/sandbox";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.mjs";
import { freePortSync } from "./scripts/lib/net.mjs";
import { ROOT, sandboxCommand, serverCommand, toShell } from "./scripts/lib/paths.mjs";
import { sandboxOAuthEnv, siteOAuthEnv } from "./scripts/lib/sandbox-oauth.mjs";

// The runner evaluates this file, then every worker evaluates it again. Whatever is picked here is written back
// to process.env, which the workers inherit, so that they all agree. `npm run test:e2e` (scripts/e2e.mjs) sets
// these before starting Playwright; the fallbacks serve a bare `playwright test`.
const env = process.env;
env.E2E_SANDBOX_PORT ||= String(freePortSync());
env.E2E_APP_PORT ||= String(freePortSync());
env.E2E_TMP_DIR ||= mkdtempSync(path.join(tmpdir(), "reuses-e2e-"));
env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ||= findChromium();

const sandboxURL = `http://127.0.0.1:${env.E2E_SANDBOX_PORT}`;
const appURL = `http://127.0.0.1:${env.E2E_APP_PORT}`;
env.E2E_SANDBOX_URL = sandboxURL;

// Fresh state for every run: the sandbox reseeds an empty directory, the app starts with an empty store.
const sandboxDataDir = path.join(env.E2E_TMP_DIR, "sandbox");
const appDataDir = path.join(env.E2E_TMP_DIR, "app");
mkdirSync(sandboxDataDir, { recursive: true });
mkdirSync(appDataDir, { recursive: true });

const chromium = { ...devices["Desktop Chrome"] };

export default defineConfig<object, E2EOptions>({
  testDir: "e2e",
  // Not `test-results/` itself: Playwright empties its outputDir, and `npm test` keeps vitest.json there.
  outputDir: "test-results/e2e-artifacts",
  fullyParallel: true,
  workers: 2,
  retries: 0, // a flaky test must show, locally and in CI
  // Journeys sign in, seed data and check several pages with axe: 30 s is tight while the machine also builds.
  timeout: 60_000,
  forbidOnly: Boolean(env.CI),
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: appURL,
    sandboxURL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: { executablePath: env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, args: [...CHROMIUM_ARGS] },
  },
  projects: [
    // Tests run two at a time against one sandbox. Those that change state every test sees (faults, reset,
    // clearing the request log) are tagged @isolated and run alone, one by one, once the others are done:
    // as a teardown project, they run even when a parallel test failed.
    { name: "chromium", use: chromium, grepInvert: new RegExp(ISOLATED_TAG), teardown: "chromium-isolated" },
    { name: "chromium-isolated", use: chromium, grep: new RegExp(ISOLATED_TAG), fullyParallel: false, workers: 1 },
  ],
  webServer: [
    {
      name: "sandbox",
      command: toShell(sandboxCommand()),
      cwd: ROOT,
      url: `${sandboxURL}/_sandbox/health`,
      env: {
        SANDBOX_PORT: env.E2E_SANDBOX_PORT,
        SANDBOX_DATA_DIR: sandboxDataDir,
        ...sandboxOAuthEnv(appURL),
        // Access tokens that expire within a test, so that the site's refresh is exercised (e2e/auth/oauth.spec.ts).
        SANDBOX_OAUTH_TOKEN_TTL_S: String(E2E_OAUTH_TOKEN_TTL_S),
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    {
      name: "app",
      // What `npm start` runs: Next.js behind the front handler, prepared before it listens.
      command: toShell(serverCommand()),
      cwd: ROOT,
      // The port, not a page: a page that fails must fail its test, not the start-up.
      port: Number(env.E2E_APP_PORT),
      env: {
        NODE_ENV: "production",
        PORT: env.E2E_APP_PORT,
        DATAGOUV_URL: sandboxURL,
        ...siteOAuthEnv({}),
        NEXTAUTH_SECRET: "e2e-fixed-test-secret-0123456789abcdef",
        NEXTAUTH_URL: appURL,
        DATA_DIR: appDataDir,
        DEMO_MODE: "false",
        // Tests send X-Forwarded-For (from the loopback, as nginx would) to keep their sign-in limits apart.
        TRUST_PROXY: "true",
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
  ],
});
