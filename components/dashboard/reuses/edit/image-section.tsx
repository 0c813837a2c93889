"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { reuseImageForm, sendImage } from "~/components/dashboard/upload/upload-request";
import { uploadFailureOf } from "~/components/ui/upload-failure";
import { useTRPCClient } from "~/components/trpc/provider";
import { useSayReason } from "~/components/ui/use-failure";
import { ImageField, type ImageChoice, bboxOf } from "../image/image-field";
import { SubmissionStatus } from "../create/submission-status";
import { ActionOutcome, useReuseActions } from "./actions";
import { PRIMARY_BUTTON } from "~/components/ui/styles";

/** The reuse's image now, and another one to replace it: checked, cropped, sent with a progress bar. */
export function ImageSection({ id, current }: { id: string; current: string | null }) {
  const t = useTranslations("dashboard.edit.image");
  const client = useTRPCClient();
  const say = useSayReason();
  const { run, pending } = useReuseActions();
  const [choice, setChoice] = useState<ImageChoice | null>(null);
  const [error, setError] = useState<string>();
  const [uploaded, setUploaded] = useState(0);
  const uploading = pending === "image";

  async function save(image: ImageChoice) {
    setUploaded(0);
    const sent = await run(
      "image",
      () =>
        sendImage(
          client,
          "producerReuses.uploadImage",
          reuseImageForm(id, image.file, bboxOf(image)),
          setUploaded,
        ).catch((failed: unknown) => {
          const failure = uploadFailureOf(failed, say);
          setError([...(failure.fieldErrors.file ?? []), ...(failure.fieldErrors.bbox ?? [])].join(" ") || undefined);
          throw failure;
        }),
      t("savedDone"),
    );
    if (sent) setChoice(null);
  }

  return (
    <>
      {current ? (
        // eslint-disable-next-line @next/next/no-img-element -- the image on data.gouv.fr, of any host
        <img
          src={current}
          alt={t("currentAlt")}
          className="mt-4 aspect-video w-full max-w-md rounded border border-line bg-surface object-cover"
        />
      ) : (
        <p className="mt-4">{t("none")}</p>
      )}
      <ImageField
        id="reuse-image"
        value={choice}
        error={error}
        current={current}
        onChange={(chosen) => {
          setChoice(chosen);
          setError(undefined);
        }}
      />
      {choice && (
        <button
          type="button"
          onClick={() => save(choice)}
          disabled={pending !== null}
          className={`mt-4 ${PRIMARY_BUTTON}`}
        >
          {uploading ? t("sending") : t("save")}
        </button>
      )}
      <SubmissionStatus phase={uploading ? "image" : null} uploaded={uploaded} />
      <ActionOutcome names={["image"]} />
    </>
  );
}
