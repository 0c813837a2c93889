"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Controller, useFormContext, type UseFormRegisterReturn, useWatch } from "react-hook-form";

import { Field } from "~/components/ui/field";
import { DESCRIPTION_ADVISED, type ReuseFieldsInput } from "~/lib/reuses/reuse-form-schema";
import { TagsInput } from "./tags-input";
import { INPUT, TEXTAREA } from "~/components/ui/styles";

export interface Choice {
  id: string;
  label: string;
}

interface ReuseFieldsProps {
  /** udata's types and topics, with French labels. */
  types: readonly Choice[];
  topics: readonly Choice[];
  /** Said inside the url's error: a link to the reuse that already has this address. */
  urlErrorExtra?: ReactNode;
}

/** The fields the create and edit forms share: title, description, type, topic, url, tags. */
export function ReuseFields({ types, topics, urlErrorExtra }: ReuseFieldsProps) {
  const t = useTranslations("dashboard.reuseForm");
  const { register, control, formState } = useFormContext<ReuseFieldsInput>();
  const { errors } = formState;
  const descriptionLength = useWatch({ control, name: "description" }).trim().length;

  return (
    <>
      <Field id="reuse-title" label={t("title")} required error={errors.title?.message}>
        {(aria) => <input {...aria} {...register("title")} type="text" className={INPUT} />}
      </Field>
      <Field
        id="reuse-description"
        label={t("description")}
        required
        hint={t("descriptionHint")}
        warning={
          descriptionLength > 0 && descriptionLength < DESCRIPTION_ADVISED
            ? t("descriptionShort", { length: descriptionLength, advised: DESCRIPTION_ADVISED })
            : undefined
        }
        error={errors.description?.message}
      >
        {(aria) => <textarea {...aria} {...register("description")} rows={8} className={TEXTAREA} />}
      </Field>
      <div className="grid gap-x-6 sm:grid-cols-2">
        <ChoiceField
          id="reuse-type"
          label={t("type")}
          choices={types}
          error={errors.type?.message}
          {...register("type")}
        />
        <ChoiceField
          id="reuse-topic"
          label={t("topic")}
          choices={topics}
          error={errors.topic?.message}
          {...register("topic")}
        />
      </div>
      <Field
        id="reuse-url"
        label={t("url")}
        required
        hint={t("urlHint")}
        error={errors.url?.message}
        errorExtra={urlErrorExtra}
      >
        {(aria) => <input {...aria} {...register("url")} type="url" inputMode="url" className={INPUT} />}
      </Field>
      <Controller
        control={control}
        name="tags"
        render={({ field, fieldState }) => (
          <TagsInput
            id="reuse-tags"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={fieldState.error?.message ?? errors.tags?.find?.((tag) => tag?.message)?.message}
          />
        )}
      />
    </>
  );
}

interface ChoiceFieldProps extends UseFormRegisterReturn {
  id: string;
  label: string;
  choices: readonly Choice[];
  error: string | undefined;
}

function ChoiceField({ id, label, choices, error, ...registered }: ChoiceFieldProps) {
  const t = useTranslations("dashboard.reuseForm");
  return (
    <Field id={id} label={label} required error={error}>
      {(aria) => (
        <select {...aria} {...registered} className={INPUT}>
          <option value="">{t("chooseInList")}</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
