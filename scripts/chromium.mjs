// Finds the Chromium the e2e tests run in, following the contract of DESIGN.md ("Chromium for tests"), and
// installs system packages on Debian/Ubuntu when running as root. Never downloads Playwright's browsers.
// CLI: `node scripts/chromium.mjs` prints the path, or one line explaining what is missing (exit 1).
import { spawnSync } from "node:child_process";
import { accessSync, constants, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** Flags every Chromium launch uses (containers run as root without a GPU; no background traffic in tests). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** A missing program, with a one-line explanation as its message. */
class MissingProgramError extends Error {
  name = "MissingProgramError";
}

/** Returns the path of the Chromium executable to test with; throws MissingProgramError when there is none. */
export function findChromium() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new MissingProgramError(`PLAYWRIGHT_CHROMIUM_EXECUTABLE=${fromEnv} is not an executable file`);
  }
  if (isExecutable(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  const bundled = playwrightChromium();
  if (bundled) return bundled;
  return ensureDebianPackage(
    SYSTEM_CHROMIUM,
    "chromium",
    "set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium or Chrome binary, or install Chromium",
  );
}

/**
 * Returns the path of `binary` (an absolute path, or a name looked up in PATH and the sbin directories). When it
 * is missing and we are root on Debian/Ubuntu, installs `pkg` with apt-get; otherwise throws a one-line error
 * (`hint` says what the user can do instead).
 */
export function ensureDebianPackage(binary, pkg, hint = `install the "${pkg}" package`) {
  const found = which(binary);
  if (found) return found;
  if (!canUseApt()) {
    const why = process.platform !== "linux" || !isDebianLike() ? "not Debian/Ubuntu" : "not root";
    throw new MissingProgramError(`${binary} not found and cannot be installed automatically (${why}): ${hint}`);
  }
  aptGetInstall(pkg);
  const installed = which(binary);
  if (installed) return installed;
  throw new MissingProgramError(`apt-get installed "${pkg}" but ${binary} is still missing: ${hint}`);
}

/** Playwright's own Chromium, when someone installed it (we never download it ourselves). */
function playwrightChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)("playwright-core");
    const executable = chromium.executablePath();
    return executable && isExecutable(executable) ? executable : undefined;
  } catch {
    return undefined;
  }
}

function aptGetInstall(pkg) {
  // apt's progress goes to stderr so that stdout stays clean for callers that parse it.
  const options = { stdio: ["ignore", 2, 2], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } };
  console.error(`Installing ${pkg} with apt-get…`);
  for (const args of [
    ["-q", "update"],
    ["-q", "install", "-y", pkg],
  ]) {
    const result = spawnSync("apt-get", args, options);
    if (result.status !== 0) {
      const reason = result.error?.message ?? `exit code ${result.status ?? result.signal}`;
      throw new MissingProgramError(`apt-get ${args.join(" ")} failed (${reason}): install "${pkg}" by hand`);
    }
  }
}

function canUseApt() {
  return process.platform === "linux" && process.getuid?.() === 0 && isDebianLike() && which("apt-get") !== undefined;
}

function isDebianLike() {
  try {
    const release = readFileSync("/etc/os-release", "utf8");
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
  } catch {
    return false;
  }
}

function which(binary) {
  if (binary.includes("/")) return isExecutable(binary) ? binary : undefined;
  // The sbin directories are not in a normal user's PATH, but nginx and redis-server may live there.
  const dirs = [...(process.env.PATH ?? "").split(path.delimiter), "/usr/local/sbin", "/usr/sbin", "/sbin"];
  return dirs
    .filter(Boolean)
    .map((dir) => path.join(dir, binary))
    .find(isExecutable);
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error instanceof MissingProgramError ? error.message : String(error));
    process.exit(1);
  }
}
