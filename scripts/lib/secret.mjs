// The auth secret for demo and dev: the environment's when given, else one generated once and kept in the data
// directory, so that sessions survive restarts.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Returns NEXTAUTH_SECRET (or AUTH_SECRET); when neither is set, reads or creates `<dataDir>/secret` (0600). */
export function ensureSecret(dataDir) {
  const fromEnv = process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.join(dataDir, "secret");
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // `mode` only applies when the file is created
  return secret;
}
