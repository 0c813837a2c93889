// Where things are. Binaries run as `node <their JS entry>` (no npx, no shell): same on every machine, and the
// process we signal is the program itself.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const ENTRIES = {
  next: "node_modules/next/dist/bin/next",
  tsx: "node_modules/tsx/dist/cli.mjs",
  eslint: "node_modules/eslint/bin/eslint.js",
  prettier: "node_modules/prettier/bin/prettier.cjs",
  tsc: "node_modules/typescript/bin/tsc",
  vitest: "node_modules/vitest/vitest.mjs",
  playwright: "node_modules/@playwright/test/cli.js",
  knip: "node_modules/knip/bin/knip.js",
};

/** `[command, args]` that runs the named tool from node_modules with `args`. */
export function tool(name, args = []) {
  const entry = path.join(ROOT, ENTRIES[name]);
  if (!existsSync(entry)) throw new Error(`${ENTRIES[name]} is missing: run npm install`);
  return [process.execPath, [entry, ...args]];
}

/** The sandbox (the `npm run sandbox` script, without npm in between). */
export function sandboxCommand() {
  return tool("tsx", ["sandbox/main.ts"]);
}

/**
 * The site's server, as `npm start` (NODE_ENV=production) and `npm run dev` (NODE_ENV=development) run it:
 * Next.js behind the front handler, prepared before it listens on $PORT.
 */
export function serverCommand() {
  return [process.execPath, ["--import", "tsx", path.join(ROOT, "server", "http", "main.ts")]];
}

/** The same `[command, args]` as one shell command line (Playwright's webServer takes a string). */
export function toShell([command, args]) {
  return [command, ...args]
    .map((word) => (/^[\w./:=@-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`))
    .join(" ");
}

export function isBuilt() {
  return existsSync(path.join(ROOT, ".next", "BUILD_ID"));
}
