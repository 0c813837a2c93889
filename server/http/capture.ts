import type { ServerResponse } from "node:http";

type Callback = (error?: Error | null) => void;

/** The (chunk, encoding, callback) of a `write` or `end` call, whichever of them were given. */
function writeArgs(args: unknown[]) {
  const callback = args.find((arg): arg is Callback => typeof arg === "function");
  const [chunk, encoding] = args.filter((arg) => typeof arg !== "function");
  return {
    chunk: chunk === undefined || chunk === null ? undefined : chunk,
    encoding: typeof encoding === "string" ? (encoding as BufferEncoding) : undefined,
    callback,
  };
}

function toBuffer(chunk: unknown, encoding: BufferEncoding | undefined): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), encoding);
}

export interface CapturedPage {
  status: number;
  body: Buffer;
}

/**
 * Holds back what Next.js writes to `res` when it is a document (`holds` its content type: HTML by default),
 * until it is complete, then lets `finish` look at the whole page (to hash its inline scripts for the CSP, read
 * its status mark, keep it in the cache) and returns the bytes to send. Anything else (RSC payloads, JSON,
 * files) goes through untouched.
 *
 * Next.js streams: it flushes headers at its first chunk and writes as it renders. Our pages are small and
 * rendered in one go, so holding them back costs nothing a visitor sees.
 */
export function captureHtml(
  res: ServerResponse,
  finish: (page: CapturedPage) => Buffer,
  holds: (contentType: string) => boolean = (type) => type.startsWith("text/html"),
): void {
  const original = {
    write: res.write.bind(res),
    end: res.end.bind(res),
    flushHeaders: res.flushHeaders.bind(res),
  };
  let chunks: Buffer[] | undefined;
  let decided = false;

  const holding = () => {
    if (!decided) {
      decided = true;
      if (holds(String(res.getHeader("content-type") ?? ""))) chunks = [];
    }
    return chunks !== undefined;
  };

  res.flushHeaders = () => {
    if (!holding()) original.flushHeaders();
  };

  res.write = ((...args: unknown[]) => {
    const { chunk, encoding, callback } = writeArgs(args);
    if (!holding()) return (original.write as (...a: unknown[]) => boolean)(...args);
    if (chunk !== undefined) chunks?.push(toBuffer(chunk, encoding));
    callback?.();
    return true;
  }) as ServerResponse["write"];

  res.end = ((...args: unknown[]) => {
    const { chunk, encoding, callback } = writeArgs(args);
    if (!holding()) return (original.end as (...a: unknown[]) => ServerResponse)(...args);
    if (chunk !== undefined) chunks?.push(toBuffer(chunk, encoding));
    const body = finish({ status: res.statusCode, body: Buffer.concat(chunks ?? []) });
    // Removing the header, even absent, forbids Node to send chunks: a compression middleware that then drops
    // the length would leave the body ended by the connection closing (no keep-alive for signed-in pages).
    if (res.hasHeader("transfer-encoding")) res.removeHeader("transfer-encoding");
    res.setHeader("content-length", body.length);
    return original.end(body, callback);
  }) as ServerResponse["end"];
}
