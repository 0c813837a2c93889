import "server-only";

import type { LoggerInstance } from "next-auth";

import { logError, logWarning } from "~/server/log";

/**
 * Thrown by the jwt callback for a session whose key is no longer in the vault (signed out, expired, revoked):
 * next-auth then answers an empty session and deletes the cookie instead of refreshing it. Not a server error.
 */
export class SessionEndedError extends Error {
  constructor() {
    super("session ended");
    this.name = "SessionEndedError";
  }
}

/**
 * next-auth's logger, one escaped line per event: its errors can quote what a client sent. A session that ended
 * is not logged (every replay of an old cookie would be a line). next-auth's debug events stay off.
 */
export const nextAuthLogger: Partial<LoggerInstance> = {
  error(code, metadata) {
    if (code === "JWT_SESSION_ERROR" && metadata instanceof SessionEndedError) return;
    logError(`[next-auth][error][${code}]`, metadata);
  },
  warn(code) {
    logWarning(`[next-auth][warn][${code}]`);
  },
};
