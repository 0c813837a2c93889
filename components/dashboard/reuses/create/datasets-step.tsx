"use client";

import { useState } from "react";
import { useController, useFormContext } from "react-hook-form";

import { DatasetList } from "../form/dataset-list";
import { DatasetSearch } from "../form/dataset-search";
import type { CreateFormInput } from "~/lib/reuses/reuse-form-schema";

/** Step 2: the datasets the reuse uses, chosen with the search; each can be removed before publishing. */
export function DatasetsStep() {
  const { control } = useFormContext<CreateFormInput>();
  const { field, fieldState } = useController({ control, name: "datasets" });
  const [announcement, setAnnouncement] = useState("");
  const datasets = field.value;

  return (
    <>
      <p className="mt-4 max-w-prose">
        Indiquez les jeux de données de data.gouv.fr que votre réutilisation utilise.{" "}
        <strong>Sans jeu de données, elle n’apparaîtra pas dans les listes de réutilisations</strong>, même publiée.
      </p>
      <DatasetSearch
        id="reuse-datasets"
        exclude={datasets.map((dataset) => dataset.id)}
        error={fieldState.error?.message}
        onChoose={(dataset) => {
          field.onChange([...datasets, dataset]);
          setAnnouncement(`Jeu de données « ${dataset.title} » ajouté.`);
        }}
      />
      <h3 className="mt-6 font-semibold">Jeux de données choisis ({datasets.length})</h3>
      <DatasetList
        datasets={datasets}
        empty="Aucun jeu de données choisi pour l’instant."
        onRemove={(removed) => {
          field.onChange(datasets.filter((dataset) => dataset.id !== removed.id));
          setAnnouncement(`Jeu de données « ${removed.title} » retiré.`);
          document.getElementById("reuse-datasets")?.focus();
        }}
      />
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </>
  );
}
