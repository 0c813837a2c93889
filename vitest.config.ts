import path from "node:path";
import { defineConfig } from "vitest/config";

const APP_TESTS = [
  "server/**/*.test.ts",
  "components/**/*.test.{ts,tsx}",
  "app/**/*.test.ts",
  "lib/**/*.test.ts",
  // The measuring scripts' pure helpers.
  "scripts/**/*.test.mjs",
];
const INTEGRATION_TESTS = "**/*.integration.test.ts";

/**
 * Three projects: the app's unit tests (in parallel); its integration tests, which run the tRPC routers against
 * one sandbox and change its state for everyone (faults, request log), so one file at a time, after the unit
 * tests; and the sandbox's own suite (a separate program).
 */
export default defineConfig({
  resolve: { alias: { "~": path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "app",
          include: APP_TESTS,
          // next-intl's middleware imports `next/server` without an extension, which Node's ESM loader refuses:
          // bundled by Vite, it resolves as in Next.js.
          server: { deps: { inline: ["next-intl"] } },
          exclude: [INTEGRATION_TESTS, "node_modules/**"],
          environment: "node",
          setupFiles: ["./vitest.setup.ts"],
          globalSetup: ["./server/test/env-global-setup.ts", "./server/test/redis-global-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "app-integration",
          include: [INTEGRATION_TESTS],
          exclude: ["sandbox/**", "node_modules/**"],
          environment: "node",
          setupFiles: ["./vitest.setup.ts"],
          globalSetup: ["./server/test/env-global-setup.ts", "./server/test/sandbox-global-setup.ts"],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "sandbox",
          include: ["sandbox/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
