import type { IncomingMessage } from "node:http";

/** Header the front server sets from the connection on every request; a client cannot forge it. */
export const CLIENT_ADDRESS_HEADER = "x-client-address";

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * The address of the client, for per-client limits. A reverse proxy on this machine (nginx in front of several
 * instances) connects from the loopback and appends the client to X-Forwarded-For: then the last entry is the
 * client as the proxy saw it. From anywhere else, X-Forwarded-For is whatever the client chose to send: ignored.
 */
export function clientAddress(req: IncomingMessage): string {
  const remote = req.socket.remoteAddress ?? "unknown";
  const forwarded = String(req.headers["x-forwarded-for"] ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean)
    .at(-1);
  return LOOPBACK.test(remote) && forwarded ? forwarded : remote;
}
