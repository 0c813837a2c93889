import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: the app's unit and integration tests, and the sandbox's own suite (a separate program).
export default defineConfig({
  resolve: { alias: { "~": path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "app",
          include: ["server/**/*.test.ts", "components/**/*.test.{ts,tsx}", "app/**/*.test.ts"],
          environment: "node",
          setupFiles: ["./vitest.setup.ts"],
          globalSetup: ["./server/test/sandbox-global-setup.ts", "./server/test/redis-global-setup.ts"],
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
