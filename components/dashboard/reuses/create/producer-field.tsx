"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";

import { Field } from "~/components/ui/field";
import type { CreateFormInput } from "~/lib/reuses/reuse-form-schema";
import { HINT, INPUT } from "~/components/ui/styles";

export interface Producers {
  /** The signed-in user's name. */
  name: string;
  organizations: { id: string; name: string }[];
}

/** Who publishes the reuse: oneself (the empty value) or one of one's organizations, as `/me/` lists them. */
export function ProducerField({ producers }: { producers: Producers }) {
  const t = useTranslations("dashboard.create.producer");
  const { register, formState } = useFormContext<CreateFormInput>();
  if (producers.organizations.length === 0) {
    return (
      <div className="mt-6">
        <p className="font-semibold">{t("label")}</p>
        <p className="mt-1">{t("inYourName", { name: producers.name })}</p>
        <p className={HINT}>{t("final")}</p>
      </div>
    );
  }
  return (
    <Field id="reuse-producer" label={t("label")} required hint={t("final")} error={formState.errors.producer?.message}>
      {(aria) => (
        <select {...aria} {...register("producer")} className={INPUT}>
          <option value="">{t("inMyName", { name: producers.name })}</option>
          {producers.organizations.map((organization) => (
            <option key={organization.id} value={organization.id}>
              {organization.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
