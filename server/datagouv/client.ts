import "server-only";

import { z } from "zod";

import { env } from "~/server/env";

import {
  API_PREFIX,
  API_V2_PREFIX,
  MAX_API_KEY_LENGTH,
  MAX_REDIRECTS,
  RETRY_JITTER_MS,
  RETRYABLE_STATUSES,
  TIMEOUT_MS,
} from "./config";
import { credentialHeader, credentialSecret, type UpstreamCredential } from "./credential";
import { parseErrorBody, redact, UpstreamError, type UpstreamErrorInit } from "./errors";
import { fieldsMask } from "./mask";
import type { ApiPath } from "./paths";
import { decideRedirect, isRedirect } from "./redirects";

type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";
type QueryValue = string | number | boolean | null | undefined | readonly string[];
export type Query = Readonly<Record<string, QueryValue>>;

export interface UpstreamRequest<S extends z.ZodType> {
  method: HttpMethod;
  /** Built by `apiPath` (fixed template, validated segments). */
  path: ApiPath;
  /** The API the path is under: v1 unless told (v2 serves the search endpoints). */
  version?: 1 | 2;
  /** Parses a 2xx answer; a 204 or an empty body is parsed as `undefined`. */
  schema: S;
  /** Values are encoded by URLSearchParams; a list repeats the parameter; null/undefined are left out. */
  query?: Query;
  /** Sent as JSON, or as multipart when it is a FormData. */
  body?: unknown;
  /**
   * Sent as `X-API-KEY` (an API key) or `Authorization: Bearer` (an OAuth2 access token) when given; public reads
   * leave it out so their answers can be shared.
   */
  credential?: UpstreamCredential;
  /**
   * udata's `X-Fields` mask (see `fieldsMask`). A write whose schema is an object gets the mask of that schema by
   * default: udata's write answers are the whole object otherwise (a reuse embeds every dataset with its resources).
   */
  fields?: string;
  /** Defaults to TIMEOUT_MS.read / write / upload. */
  timeoutMs?: number;
  /** A GET redirected from a former slug throws a `moved` error (with the new slug) instead of following. */
  reportMoved?: boolean;
}

export interface UpstreamResponse<T> {
  status: number;
  data: T;
}

/** Calls the udata API and returns the parsed answer, or throws an `UpstreamError`. */
export async function upstream<S extends z.ZodType>(request: UpstreamRequest<S>): Promise<z.output<S>> {
  return (await upstreamResponse(request)).data;
}

/** Like `upstream`, keeping the status (e.g. 201 “added” versus 200 “already there”). */
export async function upstreamResponse<S extends z.ZodType>(
  request: UpstreamRequest<S>,
): Promise<UpstreamResponse<z.output<S>>> {
  const init = requestInit(request);
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce(request, init);
    } catch (error) {
      if (attempt > 1 || !isRetryable(request.method, error)) throw error;
      await sleep(retryDelayMs());
    }
  }
}

/** 100–300 ms, random, so that many clients retrying after the same outage do not retry together. */
export function retryDelayMs(): number {
  return RETRY_JITTER_MS.min + Math.random() * (RETRY_JITTER_MS.max - RETRY_JITTER_MS.min);
}

/** Only a GET is retried, once (by the metrics client too), after a network error or a gateway error; never a write, nor a timeout. */
export function isRetryable(method: HttpMethod, error: unknown): boolean {
  if (method !== "GET" || !(error instanceof UpstreamError)) return false;
  return error.kind === "network" || (error.kind === "http" && RETRYABLE_STATUSES.has(error.status ?? 0));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function apiUrl(version: 1 | 2, path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    const values: readonly (string | number | boolean)[] = Array.isArray(value) ? value : [value];
    for (const item of values) params.append(name, String(item));
  }
  const search = params.toString();
  const prefix = version === 2 ? API_V2_PREFIX : API_PREFIX;
  return `${env.DATAGOUV_URL}${prefix}${path}${search ? `?${search}` : ""}`;
}

/** Header values cannot hold control characters; a key that would be refused by fetch is refused here. */
const PRINTABLE_KEY = /^[\x21-\x7e]+$/;

function requestInit(request: UpstreamRequest<z.ZodType>): RequestInit {
  const headers = new Headers({ Accept: "application/json" });
  if (request.credential !== undefined) {
    const secret = credentialSecret(request.credential);
    if (!PRINTABLE_KEY.test(secret) || secret.length > MAX_API_KEY_LENGTH) {
      throw new UpstreamError({ kind: "invalid", status: 401, method: request.method, path: request.path });
    }
    headers.set(...credentialHeader(request.credential));
  }
  const fields = request.fields ?? writeMask(request);
  if (fields) headers.set("X-Fields", fields);
  let body: BodyInit | undefined;
  if (request.body instanceof FormData) body = request.body;
  else if (request.body !== undefined) {
    headers.set("Content-Type", "application/json");
    body = JSON.stringify(request.body);
  }
  // Redirects are decided by hand (redirects.ts): fetch would carry the credential to any host a redirect names.
  // No `cache` option: caching (shared, stale-while-revalidate) is the caller's decision, not fetch's.
  return { method: request.method, headers, body, redirect: "manual" };
}

const secretOf = ({ credential }: UpstreamRequest<z.ZodType>) => credential && credentialSecret(credential);

function writeMask({ method, schema }: UpstreamRequest<z.ZodType>): string | undefined {
  return method !== "GET" && schema instanceof z.core.$ZodObject ? fieldsMask(schema) : undefined;
}

function defaultTimeout({ method, body }: UpstreamRequest<z.ZodType>): number {
  if (body instanceof FormData) return TIMEOUT_MS.upload;
  return method === "GET" ? TIMEOUT_MS.read : TIMEOUT_MS.write;
}

async function attemptOnce<S extends z.ZodType>(
  request: UpstreamRequest<S>,
  init: RequestInit,
): Promise<UpstreamResponse<z.output<S>>> {
  const context = { method: request.method, path: request.path };
  const fail = (details: Omit<UpstreamErrorInit, "method" | "path">) => new UpstreamError({ ...context, ...details });
  const signal = AbortSignal.timeout(request.timeoutMs ?? defaultTimeout(request));
  let response: Response;
  let text: string;
  try {
    let url = apiUrl(request.version ?? 1, request.path, request.query);
    response = await fetch(url, { ...init, signal });
    for (let hop = 0; isRedirect(response.status); hop++) {
      const decision = decideRedirect(request, response.headers.get("Location"), url);
      await response.body?.cancel();
      if (decision.action === "report") {
        const { location, movedTo } = decision;
        throw fail({ kind: "moved", status: response.status, location, movedTo });
      }
      if (decision.action === "refuse" || hop >= MAX_REDIRECTS) {
        const reason = decision.action === "refuse" ? decision.reason : "too many redirects";
        throw fail({ kind: "redirect", status: response.status, detail: `refused ${reason}` });
      }
      url = decision.url;
      response = await fetch(url, { ...init, signal });
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    const timedOut = signal.aborted || (error instanceof Error && error.name === "TimeoutError");
    const detail = error instanceof Error ? redact(`${error.name}: ${error.message}`, secretOf(request)) : undefined;
    throw fail({ kind: timedOut ? "timeout" : "network", detail });
  }

  if (!response.ok) {
    const { message, fieldErrors } = parseErrorBody(text, secretOf(request));
    throw fail({ kind: "http", status: response.status, upstreamMessage: message, fieldErrors });
  }

  let json: unknown = undefined;
  if (response.status !== 204 && text.trim() !== "") {
    try {
      json = JSON.parse(text);
    } catch {
      throw fail({ kind: "malformed", status: response.status, detail: "invalid JSON" });
    }
  }
  const parsed = request.schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.map(String).join(".")}: ${issue.message}`);
    throw fail({ kind: "malformed", status: response.status, detail: `schema mismatch: ${issues.join("; ")}` });
  }
  return { status: response.status, data: parsed.data };
}
