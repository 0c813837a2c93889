import { translatorFor } from "~/lib/i18n/translator";
import type { IncomingMessage, ServerResponse } from "node:http";

import { pathSegments } from "./body-limit";

const TOO_LARGE = translatorFor("errors")("requestTooLarge");

/** tRPC's error, as its clients read it (superjson puts values under `json`): the uploader shows the message. */
const TRPC_TOO_LARGE = JSON.stringify({
  error: { json: { message: TOO_LARGE, code: -32013, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } },
});

/**
 * How much of a refused body is still taken in, and thrown away, before the connection is dropped. Dropping it
 * while the client is still sending makes the client's system discard the 413 it had received (a TCP reset):
 * a client that sent a few megabytes too many finishes sending, reads the 413, and the connection then closes.
 */
const LINGER = { ms: 2_000, bytes: 16 * 2 ** 20 };

/**
 * Sends the 413 at once, but ends the answer (which drops the connection) only when `close` is called: once the
 * body is over, or LINGER.ms from now. When an answer was already under way, drops the request at once.
 */
function refuse(req: IncomingMessage, res: ServerResponse): () => void {
  if (res.headersSent) {
    req.destroy();
    return () => {};
  }
  const [first, second] = pathSegments(req.url) ?? [];
  const trpc = first === "api" && second === "trpc";
  const body = trpc ? TRPC_TOO_LARGE : `${TOO_LARGE}\n`;
  res.writeHead(413, {
    "content-type": trpc ? "application/json" : "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "x-content-type-options": "nosniff",
    // A refusal is no page to keep, and the request may be a signed-in one.
    "cache-control": "private, no-store",
    connection: "close",
  });
  res.write(body);
  // Then the request goes too: a reader waiting for the rest of the body (thrown away) gets an error.
  const close = () => {
    clearTimeout(timer);
    if (!res.writableEnded) res.end(() => req.destroy());
  };
  const timer = setTimeout(close, LINGER.ms);
  res.once("close", () => clearTimeout(timer));
  return close;
}

const byteLength = (chunk: unknown) =>
  typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.byteLength : 0;

/**
 * Holds the body of `req` to `limit` bytes. A declared Content-Length over it is refused at once, before anything
 * reads the body. A body without one (chunked) is counted as it arrives: Node's HTTP parser hands each piece to
 * `req.push`, which is wrapped here. Nothing is read here, so the body still goes to its reader (Next.js) at the
 * reader's pace. Once over the limit, the piece that went over and everything after it, the end of the body
 * included, are thrown away: no reader ever gets a body over the limit, nor a cut one that looks whole (its read
 * fails when the connection drops). Returns false when the request was refused at once.
 */
export function guardBody(req: IncomingMessage, res: ServerResponse, limit: number): boolean {
  let received = 0;
  let close: (() => void) | undefined;
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    received += byteLength(chunk);
    if (!close && received <= limit) return push(chunk, encoding);
    close ??= refuse(req, res);
    if (chunk === null || received > limit + LINGER.bytes) close();
    // true: the parser goes on reading the connection, into nothing.
    return true;
  };
  if (Number(req.headers["content-length"] ?? 0) <= limit) return true;
  close = refuse(req, res);
  return false;
}
