"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useController, useFormContext } from "react-hook-form";

import { DatasetList } from "../form/dataset-list";
import { DatasetSearch } from "../form/dataset-search";
import type { CreateFormInput } from "~/lib/reuses/reuse-form-schema";

/** Step 2: the datasets the reuse uses, chosen with the search; each can be removed before publishing. */
export function DatasetsStep() {
  const t = useTranslations("dashboard.create.datasets");
  const { control } = useFormContext<CreateFormInput>();
  const { field, fieldState } = useController({ control, name: "datasets" });
  const [announcement, setAnnouncement] = useState("");
  const datasets = field.value;

  return (
    <>
      <p className="mt-4 max-w-prose">{t.rich("intro", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <DatasetSearch
        id="reuse-datasets"
        exclude={datasets.map((dataset) => dataset.id)}
        error={fieldState.error?.message}
        onChoose={(dataset) => {
          field.onChange([...datasets, dataset]);
          setAnnouncement(t("added", { title: dataset.title }));
        }}
      />
      <h3 className="mt-6 font-semibold">{t("chosen", { count: datasets.length })}</h3>
      <DatasetList
        datasets={datasets}
        empty={t("none")}
        onRemove={(removed) => {
          field.onChange(datasets.filter((dataset) => dataset.id !== removed.id));
          setAnnouncement(t("removed", { title: removed.title }));
          document.getElementById("reuse-datasets")?.focus();
        }}
      />
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </>
  );
}
