// Dead code check (`npm run lint` runs `knip`): unused files, exports, types and dependencies fail CI.
//
// Most entry points come from knip's plugins, enabled by what package.json lists: Next.js (app/ routes, pages,
// metadata files, instrumentation.ts, proxy.ts, next.config.mjs), Vitest (vitest.config.ts, its setup and
// global-setup files, every test), Playwright (playwright.config.ts, e2e/), ESLint, Prettier, PostCSS and
// Tailwind. The package.json scripts add the programs they run: server/http/main.ts (`npm start`),
// sandbox/main.ts and sandbox/bench.ts (through tsx), scripts/*.mjs. Only what no plugin can see is listed below.
import { type KnipConfig } from "knip";

const config: KnipConfig = {
  entry: [
    // Run by path, in a child process, by scripts/lib/fuzz-targets.mjs (`node --import tsx <file>`).
    "scripts/lib/fuzz-procedures.ts",
    // Run by path, in child processes, by server/store/sqlite.test.ts.
    "server/store/sqlite-increment.fixture.ts",
    // Types of the .mjs files next to them: TypeScript reads them, in place of the .mjs, when a .ts file imports
    // one (playwright.config.ts, e2e/, server/test/); no import names them.
    "scripts/**/*.d.mts",
  ],
  // scripts/chromium.mjs installs Chromium or redis-server with the system's apt-get (root on Debian/Ubuntu); the
  // disk checks mount small tmpfs disks (scripts/lib/scale-disk-mount.mjs, server/store/data-dir.test.ts):
  // programs of the machine, not of node_modules.
  ignoreBinaries: ["apt-get", "mount", "umount"],
};

export default config;
