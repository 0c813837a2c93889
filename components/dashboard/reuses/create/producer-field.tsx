"use client";

import { useFormContext } from "react-hook-form";

import { Field } from "~/components/ui/field";
import type { CreateFormInput } from "~/lib/reuses/reuse-form-schema";
import { HINT, INPUT } from "~/components/ui/styles";

export interface Producers {
  /** The signed-in user's name. */
  name: string;
  organizations: { id: string; name: string }[];
}

const FINAL = "Le producteur ne pourra plus être changé après la création : un transfert se demande sur data.gouv.fr.";

/** Who publishes the reuse: oneself (the empty value) or one of one's organizations, as `/me/` lists them. */
export function ProducerField({ producers }: { producers: Producers }) {
  const { register, formState } = useFormContext<CreateFormInput>();
  if (producers.organizations.length === 0) {
    return (
      <div className="mt-6">
        <p className="font-semibold">Producteur</p>
        <p className="mt-1">Vous publiez cette réutilisation en votre nom : {producers.name}.</p>
        <p className={HINT}>{FINAL}</p>
      </div>
    );
  }
  return (
    <Field id="reuse-producer" label="Producteur" required hint={FINAL} error={formState.errors.producer?.message}>
      {(aria) => (
        <select {...aria} {...register("producer")} className={INPUT}>
          <option value="">{producers.name} (en mon nom)</option>
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
