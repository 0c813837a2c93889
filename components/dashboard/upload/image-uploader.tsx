"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";

import { leaveSessionExpired } from "~/components/dashboard/account/end-session";
import { ACCEPTED_IMAGE_TYPES, formatFileSize, type ImageProcedure } from "~/lib/images/image-rules";
import { useImageUpload } from "./use-image-upload";
import { FilePicker } from "~/components/ui/file-picker";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "~/components/ui/styles";

interface ImageUploaderProps {
  /** The tRPC procedure that takes the multipart form (`account.profile.uploadAvatar`). */
  procedure: ImageProcedure;
  /** Other fields the procedure takes (e.g. `{ id }` of the reuse). */
  fields?: Record<string, string>;
  /** The file field's label. */
  label: string;
  /** The image shown until another one is chosen, and its text alternative. */
  current: { src: string; alt: string } | null;
  /** The frame of the preview: a round avatar or a 16:9 reuse image. */
  shape?: "round" | "wide";
  /** After a successful upload; by default the page's server data is refreshed. */
  onUploaded?: (data: unknown) => void;
}

const FRAMES = { round: "size-32 rounded-full", wide: "aspect-video w-64 rounded" } as const;

/**
 * THE image uploader of the producer area (avatar, reuse image): checks the file in the browser (JPEG, PNG or
 * WebP, 4 MB at most), previews it, sends it with a progress bar, and says what happened next to the field.
 */
export function ImageUploader({ procedure, fields, label, current, shape = "round", onUploaded }: ImageUploaderProps) {
  const router = useRouter();
  const t = useTranslations("dashboard.upload");
  const locale = useLocale();
  const { state, error, choose, upload, reset } = useImageUpload(procedure);
  const [status, setStatus] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const shown = state.step === "idle" ? current : { src: state.preview, alt: t("previewAlt") };

  async function send() {
    setStatus(t("sending"));
    const outcome = await upload(fields);
    if (!outcome) return;
    if (!outcome.ok && outcome.failure.code === "UNAUTHORIZED") return leaveSessionExpired();
    setStatus(outcome.ok ? t("saved") : "");
    if (!outcome.ok) return;
    if (inputRef.current) inputRef.current.value = "";
    if (onUploaded) onUploaded(outcome.data);
    else router.refresh();
  }

  function cancel() {
    if (inputRef.current) inputRef.current.value = "";
    setStatus("");
    void reset();
  }

  const describedBy = [`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="flex flex-wrap items-start gap-6">
      {shown ? (
        // eslint-disable-next-line @next/next/no-img-element -- a data: preview or an image of data.gouv.fr
        <img src={shown.src} alt={shown.alt} className={`${FRAMES[shape]} border border-line object-cover`} />
      ) : (
        <div aria-hidden="true" className={`${FRAMES[shape]} border border-line bg-surface`} />
      )}
      <div className="min-w-0 flex-1 basis-64">
        <FilePicker
          ref={inputRef}
          id={`${id}-file`}
          buttonLabel={label}
          accept={ACCEPTED_IMAGE_TYPES.join(",")}
          disabled={state.step === "uploading"}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setStatus("");
            void choose(event.currentTarget.files?.[0]);
          }}
        />
        <p id={`${id}-hint`} className="mt-2 text-sm text-muted">
          {state.step === "idle"
            ? t("hint")
            : t("chosen", { name: state.file.name, size: formatFileSize(state.file.size, locale) })}
        </p>
        {error && (
          <p id={`${id}-error`} className="mt-2 font-semibold text-danger">
            {error}
          </p>
        )}
        {state.step === "chosen" && (
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="button" onClick={send} className={PRIMARY_BUTTON}>
              {t("save")}
            </button>
            <button type="button" onClick={cancel} className={SECONDARY_BUTTON}>
              {t("cancel")}
            </button>
          </div>
        )}
        {state.step === "uploading" && (
          <div className="mt-3">
            <label htmlFor={`${id}-progress`} className="text-sm">
              {t("progress", { percent: state.percent })}
            </label>
            <progress id={`${id}-progress`} max={100} value={state.percent} className="mt-1 block h-2 w-full max-w-xs">
              {t("percent", { percent: state.percent })}
            </progress>
          </div>
        )}
        <p role="status" aria-live="polite" className="mt-2 text-sm font-semibold">
          {status}
        </p>
      </div>
    </div>
  );
}
