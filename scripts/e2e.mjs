// `npm run test:e2e [-- --build] [playwright test arguments…]`: Playwright e2e tests in Chromium against the
// built app and a fresh sandbox. Finds or installs Chromium, builds when there is no build (or with --build /
// E2E_BUILD=1), then runs `playwright test` with the remaining arguments and exits with its code.
import { parseE2EArgs, runE2E } from "./lib/e2e.mjs";

process.exit(await runE2E(parseE2EArgs(process.argv.slice(2))));
