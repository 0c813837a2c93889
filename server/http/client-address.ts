import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

/** Header the front server sets from the connection on every request; a client cannot forge it. */
export const CLIENT_ADDRESS_HEADER = "x-client-address";

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * The address of the client, for per-client limits: the connection's. Behind a reverse proxy on this machine
 * (nginx in front of several instances, `trustProxy`: the TRUST_PROXY setting), every connection comes from the
 * loopback, and the proxy appends the client to X-Forwarded-For: then the last entry is the client as the proxy
 * saw it, if it is an IP address. Otherwise X-Forwarded-For is whatever the client chose to send: ignored (else
 * a client could pick a new address, and a new sign-in limit, for every attempt).
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const remote = req.socket.remoteAddress ?? "unknown";
  if (!trustProxy || !LOOPBACK.test(remote)) return remote;
  const forwarded = String(req.headers["x-forwarded-for"] ?? "")
    .split(",")
    .at(-1)
    ?.trim();
  return forwarded && isIP(forwarded) !== 0 ? forwarded : remote;
}
