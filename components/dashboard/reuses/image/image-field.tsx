"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from "react";

import { ACCEPTED_IMAGE_TYPES, imageFileProblem } from "~/lib/images/image-rules";
import { Field } from "~/components/ui/field";
import { FilePicker } from "~/components/ui/file-picker";
import { type BBox, CENTERED, type Crop, cropBox } from "./crop";
import { CropControls } from "./crop-controls";
import { CropPreview } from "./crop-preview";
import { type LoadedImage, readImage } from "./read-image";
import { SECONDARY_BUTTON } from "~/components/ui/styles";

/** An image chosen in the form, and how to crop it. Not in the draft: only its file can rebuild it. */
export interface ImageChoice extends LoadedImage {
  crop: Crop;
}

export const bboxOf = (choice: ImageChoice): BBox => cropBox(choice.width, choice.height, choice.crop);

interface ImageFieldProps {
  id: string;
  value: ImageChoice | null;
  onChange: (value: ImageChoice | null) => void;
  /** An error of the upload (from the server). */
  error?: string;
  /** The reuse's image now, on the edit page. */
  current?: string | null;
}

/**
 * The reuse's image: checked as soon as it is chosen (type, 4 MB), before anything is sent; then a preview of
 * what the reuse will show, with the crop to the 16:9 frame (sent as udata's `bbox`).
 */
export function ImageField({ id, value, onChange, error, current }: ImageFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const validation = useTranslations("validation");
  const t = useTranslations("dashboard.image");
  const locale = useLocale();

  // Emptied from outside (the image was sent): the field lets go of the file too.
  const hadValue = useRef(false);
  useEffect(() => {
    if (!value && hadValue.current && input.current) input.current.value = "";
    hadValue.current = value !== null;
  }, [value]);

  // A file chosen before the scripts ran (the change event came before React): it is taken now.
  const takeEarlyChoice = useEffectEvent(() => {
    if (input.current?.files?.[0]) void choose(input.current);
  });
  useLayoutEffect(() => takeEarlyChoice(), []);

  function refuse(message: string, field: HTMLInputElement) {
    setProblem(message);
    field.value = "";
    onChange(null);
  }

  async function choose(field: HTMLInputElement) {
    const file = field.files?.[0];
    setProblem(null);
    if (!file) return onChange(null);
    const refused = imageFileProblem(file, locale);
    if (refused) return refuse(validation(refused.key, refused.values), field);
    try {
      onChange({ ...(await readImage(file)), crop: CENTERED });
    } catch {
      refuse(t("unreadable"), field);
    }
  }

  function remove() {
    if (input.current) input.current.value = "";
    onChange(null);
    input.current?.focus();
  }

  return (
    <Field
      id={id}
      label={current ? t("newLabel") : t("label")}
      optional={!current}
      hint={t("hint")}
      error={problem ?? error}
    >
      {(control) => (
        <>
          <FilePicker
            {...control}
            ref={input}
            accept={ACCEPTED_IMAGE_TYPES.join(",")}
            onChange={(event) => void choose(event.currentTarget)}
            buttonLabel={t("choose")}
            fileName={value ? value.file.name : t("noFile")}
          />
          {value && (
            <fieldset className="mt-4 rounded border border-line p-4">
              <legend className="px-1 font-semibold">{t("crop")}</legend>
              <CropPreview src={value.src} box={bboxOf(value)} />
              <CropControls
                idPrefix={`${id}-crop`}
                image={value}
                crop={value.crop}
                onChange={(crop) => onChange({ ...value, crop })}
              />
              <button type="button" onClick={remove} className={`mt-4 ${SECONDARY_BUTTON}`}>
                {t("remove")}
              </button>
            </fieldset>
          )}
        </>
      )}
    </Field>
  );
}
