import { z } from "zod";

import { errorDataSchema } from "~/components/trpc/error-fields";

/** What the browser learns of an upload: the procedure's answer, or why it failed (in French). */
export type UploadOutcome = { ok: true; data: unknown } | { ok: false; message: string; signedOut: boolean };

// tRPC's answers (with superjson, values sit under `json`).
const successSchema = z.object({ result: z.object({ data: z.object({ json: z.unknown() }) }) });
const failureSchema = z.object({
  error: z.object({
    json: z.object({
      message: z.string(),
      data: errorDataSchema.optional(),
    }),
  }),
});

const PROCEDURE_PATH = /^[A-Za-z]+(\.[A-Za-z]+)*$/;
const FAILED = "L'envoi a échoué. Vérifiez votre connexion puis réessayez.";
const FILE_REFUSED = "Cette image n'a pas été acceptée : choisissez une image JPEG, PNG ou WebP de 4 Mo au plus.";

function outcomeOf(status: number, text: string): UploadOutcome {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, message: status === 413 ? "Le fichier est trop volumineux." : FAILED, signedOut: false };
  }
  const success = successSchema.safeParse(body);
  if (status < 300 && success.success) return { ok: true, data: success.data.result.data.json };
  const failure = failureSchema.safeParse(body);
  if (!failure.success) return { ok: false, message: FAILED, signedOut: false };
  const { message, data } = failure.data.error.json;
  // A message about the file itself (data.gouv.fr's, or ours: the server names the field only) says more.
  const fileMessage =
    data?.fieldErrors?.file?.[0] ?? (data?.invalidFields?.includes("file") ? FILE_REFUSED : undefined);
  return { ok: false, message: fileMessage ?? message, signedOut: data?.code === "UNAUTHORIZED" };
}

/**
 * Posts a multipart form to a tRPC procedure (`/api/trpc/<procedure>`: tRPC 11 takes FormData inputs) with
 * XMLHttpRequest rather than fetch, for its upload progress events.
 */
export function postFormWithProgress(
  procedure: string,
  form: FormData,
  onProgress: (fraction: number) => void,
): Promise<UploadOutcome> {
  if (!PROCEDURE_PATH.test(procedure)) throw new Error(`not a procedure path: ${procedure}`);
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/trpc/${procedure}`);
    request.responseType = "text";
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener("load", () => resolve(outcomeOf(request.status, request.responseText)));
    request.addEventListener("error", () => resolve({ ok: false, message: FAILED, signedOut: false }));
    request.addEventListener("abort", () => resolve({ ok: false, message: "Envoi annulé.", signedOut: false }));
    request.send(form);
  });
}
