import { isFormData, isOctetType, TRPCClientError, type TRPCLink } from "@trpc/client";
import type { AnyRouter, DataTransformer } from "@trpc/server";
import { observable } from "@trpc/server/observable";

/** Key of the operation context holding an upload's progress listener (`{ context: { [UPLOAD_PROGRESS]: fn } }`). */
export const UPLOAD_PROGRESS = "uploadProgress";

/** Called with the fraction (0 to 1) of the body sent so far. */
export type ProgressListener = (fraction: number) => void;

const isListener = (value: unknown): value is ProgressListener => typeof value === "function";

interface FormDataLinkOptions {
  /** The tRPC endpoint, `/api/trpc`. */
  url: string;
  /** The server's transformer (superjson): answers are decoded with it. */
  transformer: DataTransformer;
}

type Answer = { result: { data: unknown } } | { error: unknown };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

function parseAnswer(text: string): Answer | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(body)) return undefined;
  if (isObject(body.result) && "data" in body.result) return { result: { data: body.result.data } };
  if ("error" in body) return { error: body.error };
  return undefined;
}

/**
 * A terminating link for inputs that are not JSON (FormData, Blob, bytes: tRPC 11 takes them for mutations), sent with
 * XMLHttpRequest rather than fetch: only it reports how much of the body has left, to the listener the call puts
 * in its context under UPLOAD_PROGRESS. Like tRPC's httpLink, every failure is a TRPCClientError: the server's
 * own error (with its `data`), or one without `data` when no tRPC answer came, with `meta.status` (0: no answer at
 * all) and, when the call was aborted, an AbortError as `cause`.
 */
export function formDataLink<TRouter extends AnyRouter>({ url, transformer }: FormDataLinkOptions): TRPCLink<TRouter> {
  const decode = (value: unknown): unknown => transformer.deserialize(value);
  return () =>
    ({ op }) =>
      observable((observer) => {
        const { input, context, signal } = op;
        const octet = isOctetType(input);
        if (op.type !== "mutation" || !(octet || isFormData(input))) {
          observer.error(TRPCClientError.from(new Error("formDataLink sends FormData or binary mutations only")));
          return;
        }
        const request = new XMLHttpRequest();
        let done = false;
        const fail = (message: string, cause?: Error) => {
          if (done) return;
          done = true;
          observer.error(TRPCClientError.from(cause ?? new Error(message), { meta: { status: request.status } }));
        };

        request.open("POST", `${url}/${op.path}`);
        request.responseType = "text";
        if (octet) request.setRequestHeader("content-type", "application/octet-stream");
        const listener = context[UPLOAD_PROGRESS];
        if (isListener(listener)) {
          request.upload.addEventListener("progress", (event) => {
            if (event.lengthComputable && event.total > 0) listener(event.loaded / event.total);
          });
        }
        request.addEventListener("load", () => {
          const answer = parseAnswer(request.responseText);
          const meta = { status: request.status };
          if (!answer) return fail(`no tRPC answer (HTTP ${request.status})`);
          if (done) return;
          done = true;
          if ("error" in answer) {
            observer.error(TRPCClientError.from({ error: decode(answer.error) }, { meta }));
            return;
          }
          observer.next({ result: { type: "data", data: decode(answer.result.data) }, context: meta });
          observer.complete();
        });
        request.addEventListener("error", () => fail("network error"));
        request.addEventListener("timeout", () => fail("timeout"));
        request.addEventListener("abort", () => fail("aborted", new DOMException("aborted", "AbortError")));

        const abort = () => request.abort();
        signal?.addEventListener("abort", abort, { once: true });
        request.send(input);
        return () => {
          signal?.removeEventListener("abort", abort);
          if (done) return;
          // Unsubscribed before the end: nobody listens any more, the request just stops.
          done = true;
          request.abort();
        };
      });
}
