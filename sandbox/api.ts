import { type IncomingMessage, STATUS_CODES, type ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { authenticate } from "./auth";
import { MESSAGES } from "./constants";
import { type Handler } from "./context";
import { type Failure, type Faults } from "./faults";
import { HttpError, type Reply, notFound, redirectReply, replyOf, send } from "./http";
import { type Mask, MaskError, applyMask, parseMask } from "./mask";
import { type RequestLog } from "./request-log";
import { type Router } from "./router";
import { type Store } from "./store";
import { type UdataProfile, type UdataVersion } from "./udata-version";

/**
 * The path of every /api request: logged, delayed (base latency and faults), maybe faulted, then
 * authenticated, routed, and its success masked with `X-Fields`.
 */
export interface ApiDependencies {
  store: Store;
  udata: UdataProfile;
  /** The routes of each udata version: the one imitated now answers. */
  routers: Record<UdataVersion, Router<Handler>>;
  log: RequestLog;
  faults: Faults;
  latencyMs: number;
}

function fault(res: ServerResponse, faults: Faults, failure: Failure): void {
  if (failure.kind === "hang") return faults.hold(res);
  if (failure.kind === "malformed") {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end('{"data": [{"id": "5d13a8b6634f41070a43dff3", "title": "Broken');
    return;
  }
  const headers: Record<string, string> = failure.status === 429 ? { "Retry-After": "1" } : {};
  send(res, { status: failure.status, body: { message: STATUS_CODES[failure.status] ?? "Error" }, headers });
}

function readMask(header: string | string[] | undefined): Mask | null {
  if (typeof header !== "string" || !header.trim()) return null;
  try {
    return parseMask(header);
  } catch (error) {
    if (error instanceof MaskError) throw new HttpError(400, { message: `Mask parse error: ${error.message}` });
    throw error;
  }
}

async function dispatch(deps: ApiDependencies, req: IncomingMessage, url: URL): Promise<Reply> {
  // Flask routes before the resource authenticates (udata's `authentify` decorates resources): an unknown
  // path, a wrong method or a missing slash answers the same with a bad key.
  const match = deps.routers[deps.udata.version].match(req.method ?? "GET", url.pathname);
  if (match.kind === "not-found") throw notFound();
  if (match.kind === "method-not-allowed") throw new HttpError(405, { message: MESSAGES.methodNotAllowed });
  // Werkzeug's RequestRedirect: an absolute URL that keeps the query string.
  if (match.kind === "redirect") return redirectReply(new URL(match.location + url.search, url).href);
  const caller = authenticate(deps.store, req.headers, deps.udata);
  const mask = readMask(req.headers["x-fields"]);
  const reply = await match.handler({ method: req.method ?? "GET", url, params: match.params, caller, raw: req });
  if (mask && reply.body !== undefined && reply.status < 300) return { ...reply, body: applyMask(reply.body, mask) };
  return reply;
}

/**
 * A delayed write's body, read before the delay into a copy the handlers read: as with udata, a write whose
 * client stopped waiting (a timeout) still happens once the server gets to it.
 */
async function withBodyRead(req: IncomingMessage): Promise<IncomingMessage> {
  if (req.method === "GET" || req.method === "HEAD") return req;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk as Uint8Array));
  const copy = Object.assign(Readable.from(chunks), { headers: req.headers, method: req.method, url: req.url });
  return copy as unknown as IncomingMessage;
}

export async function handleApi(
  deps: ApiDependencies,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const fields = req.headers["x-fields"];
  const finish = deps.log.start(
    req.method ?? "GET",
    url,
    // An API key or an OAuth2 token: tests use it to prove that public pages call anonymously.
    Boolean(req.headers["x-api-key"] || req.headers.authorization),
    typeof fields === "string" ? fields : null,
  );
  res.on("close", () => finish(res.writableFinished ? res.statusCode : 0));
  const { delayMs, failure } = deps.faults.decide(url.pathname);
  const delay = deps.latencyMs + delayMs;
  const request = delay > 0 && !failure ? await withBodyRead(req) : req;
  if (delay > 0) await sleep(delay);
  if (failure) return fault(res, deps.faults, failure);
  const reply = await dispatch(deps, request, url).catch(replyOf);
  // A handler may answer before reading the whole body (an error): drain it so the client gets the answer.
  if (!req.readableEnded) req.resume();
  send(res, reply);
}
