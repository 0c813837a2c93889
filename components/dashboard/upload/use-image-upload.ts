"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

import { useTRPCClient } from "~/components/trpc/provider";
import { imageFileProblem, type ImageProcedure } from "~/lib/images/image-rules";
import type { Failure } from "~/components/ui/failure";
import { uploadProblem } from "~/components/ui/upload-failure";
import { useSayReason } from "~/components/ui/use-failure";
import { sendImage } from "./upload-request";

/** What the uploader learns of an upload: the procedure's answer, or why it failed. */
type UploadOutcome = { ok: true; data: unknown } | { ok: false; failure: Failure };

export type UploadState =
  | { step: "idle" }
  | { step: "chosen"; file: File; preview: string }
  | { step: "uploading"; file: File; preview: string; percent: number };

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener("load", () => resolve(typeof reader.result === "string" ? reader.result : ""));
    reader.addEventListener("error", () => reject(reader.error ?? new Error("unreadable file")));
    reader.readAsDataURL(file);
  });
}

/**
 * The steps of an image upload, for the shared uploader and for any custom one (a cropper): choose a file
 * (checked, previewed as a `data:` URL, which the CSP allows), send it with progress, or drop it.
 */
export function useImageUpload(procedure: ImageProcedure) {
  const client = useTRPCClient();
  const say = useSayReason();
  const validation = useTranslations("validation");
  const t = useTranslations("dashboard.upload");
  const locale = useLocale();
  const [state, setState] = useState<UploadState>({ step: "idle" });
  const [error, setError] = useState<string | null>(null);

  async function choose(file: File | undefined) {
    setError(null);
    if (!file) return setState({ step: "idle" });
    const problem = imageFileProblem(file, locale);
    if (problem) {
      setState({ step: "idle" });
      return setError(validation(problem.key, problem.values));
    }
    try {
      setState({ step: "chosen", file, preview: await readAsDataUrl(file) });
    } catch {
      setState({ step: "idle" });
      setError(t("unreadable"));
    }
  }

  /** Sends the chosen file with `fields` (other values the procedure takes, e.g. the reuse id). */
  async function upload(fields: Record<string, string> = {}): Promise<UploadOutcome | null> {
    if (state.step !== "chosen") return null;
    const { file, preview } = state;
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append("file", file, file.name);
    setError(null);
    setState({ step: "uploading", file, preview, percent: 0 });
    const outcome: UploadOutcome = await sendImage(client, procedure, form, (fraction) =>
      setState({ step: "uploading", file, preview, percent: Math.round(fraction * 100) }),
    ).then(
      (data) => ({ ok: true, data }),
      (error: unknown) => ({ ok: false, failure: uploadProblem(error, say) }),
    );
    if (outcome.ok) setState({ step: "idle" });
    else {
      setState({ step: "chosen", file, preview });
      setError(outcome.failure.message);
    }
    return outcome;
  }

  return { state, error, choose, upload, reset: () => choose(undefined) };
}
