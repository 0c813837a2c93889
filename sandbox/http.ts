import { type IncomingMessage, type ServerResponse } from "node:http";
import { MESSAGES } from "./constants";
import { type Json, type JsonObject, isObject } from "./json";

/** Answers, errors and request bodies, with udata's status codes and error bodies. */
export interface Reply {
  status: number;
  /** Answered as JSON. */
  body?: Json;
  /** Answered as is, for images. */
  bytes?: { type: string; data: Buffer | string };
  headers?: Record<string, string>;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: JsonObject,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

export const notFound = (message: string = MESSAGES.notFound) => new HttpError(404, { message });
/** Every 401 carries udata's challenge (`UDataApi.unauthorized`, called by flask-restx on any 401). */
export const unauthorized = (message: string = MESSAGES.unauthorized) =>
  new HttpError(401, { message }, { "WWW-Authenticate": 'Bearer realm="uData"' });
export const forbidden = (message: string = MESSAGES.permissionDenied) => new HttpError(403, { message });
export const gone = (message: string) => new HttpError(410, { message });
export const badRequest = (message: string) => new HttpError(400, { message });

/** udata's form and model validation errors: every field with its list of messages. */
export function validationError(errors: Record<string, string[]>): HttpError {
  return new HttpError(400, { errors, message: MESSAGES.validation });
}

/** udata's `handle_validation_error` for a model check raised while patching: that field and its message. */
export function fieldCheckError(field: string, message: string): HttpError {
  return new HttpError(400, { errors: { [field]: message }, message });
}

/**
 * udata's `handle_validation_error` for mongoengine's validation at save: one string per field, and mongoengine's
 * message, fields grouped by message: "ValidationError (Reuse:None) (Field is required: ['title', 'slug'])".
 */
export function modelValidationError(model: string, id: string | null, errors: Record<string, string>): HttpError {
  const fieldsByMessage = new Map<string, string[]>();
  for (const [field, message] of Object.entries(errors)) {
    fieldsByMessage.set(message, [...(fieldsByMessage.get(message) ?? []), field]);
  }
  const grouped = [...fieldsByMessage]
    .map(([message, fields]) => `${message}: [${fields.map((field) => `'${field}'`).join(", ")}]`)
    .join(" ");
  return new HttpError(400, { errors, message: `ValidationError (${model}:${id ?? "None"}) (${grouped})` });
}

/** flask-restx's answer to a bad query parameter: one message per parameter. */
export function parameterError(name: string, message: string): HttpError {
  return new HttpError(400, { errors: { [name]: message }, message: MESSAGES.inputValidation });
}

/** A 308 as Werkzeug's `redirect()` answers it: the Location header and a small HTML page. */
class Redirect extends Error {
  constructor(readonly location: string) {
    super(`308 to ${location}`);
  }
}

export const permanentRedirect = (location: string) => new Redirect(location);

export function redirectReply(location: string): Reply {
  const escaped = location.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const html =
    "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n" +
    `<p>You should be redirected automatically to the target URL: <a href="${escaped}">${escaped}</a>. ` +
    "If not, click the link.\n";
  return { status: 308, bytes: { type: "text/html; charset=utf-8", data: html }, headers: { Location: location } };
}

export function replyOf(error: unknown): Reply {
  if (error instanceof HttpError) return { status: error.status, body: error.body, headers: error.headers };
  if (error instanceof Redirect) return redirectReply(error.location);
  console.error("sandbox: unexpected error", error);
  return { status: 500, body: { message: "Internal Server Error" } };
}

export function send(res: ServerResponse, reply: Reply): void {
  if (reply.bytes) {
    res.writeHead(reply.status, {
      "Content-Type": reply.bytes.type,
      "Content-Length": Buffer.byteLength(reply.bytes.data),
      ...reply.headers,
    });
    res.end(reply.bytes.data);
    return;
  }
  if (reply.status === 204 || reply.body === undefined) {
    res.writeHead(reply.status, reply.headers);
    res.end();
    return;
  }
  const body = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
    ...reply.headers,
  });
  res.end(body);
}

/** The whole body, or a 413 past `limit` bytes (the rest is drained so that the answer reaches the client). */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size <= limit) chunks.push(buffer);
  }
  if (size > limit) throw new HttpError(413, { message: "The data value transmitted exceeds the capacity limit." });
  return Buffer.concat(chunks);
}

export async function readJsonObject(req: IncomingMessage): Promise<JsonObject> {
  const text = (await readBody(req, 1024 * 1024)).toString("utf8");
  try {
    const value: unknown = JSON.parse(text || "{}");
    if (isObject(value)) return value;
  } catch {
    // answered below, as Werkzeug does for unreadable JSON
  }
  throw badRequest(MESSAGES.badRequest);
}
