"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useController, useFormContext } from "react-hook-form";

import { DatasetList } from "../form/dataset-list";
import { DatasetSearch } from "../form/dataset-search";
import { DataserviceList } from "../form/dataservice-list";
import { DataserviceSearch } from "../form/dataservice-search";
import type { CreateFormInput } from "~/lib/reuses/reuse-form-schema";

/** Step 2: the datasets and APIs the reuse uses, chosen with the searches; each can be removed before publishing. */
export function DatasetsStep() {
  const t = useTranslations("dashboard.create.datasets");
  const tApis = useTranslations("dashboard.dataservices");
  const { control } = useFormContext<CreateFormInput>();
  const { field, fieldState } = useController({ control, name: "datasets" });
  const apis = useController({ control, name: "dataservices" });
  const dataservices = apis.field.value;
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
      <h3 className="mt-8 font-semibold">{tApis("heading", { count: dataservices.length })}</h3>
      <p className="mt-2 max-w-prose">{tApis("intro")}</p>
      <DataserviceSearch
        id="reuse-dataservices"
        exclude={dataservices.map((dataservice) => dataservice.id)}
        error={apis.fieldState.error?.message}
        onChoose={(dataservice) => {
          apis.field.onChange([...dataservices, dataservice]);
          setAnnouncement(tApis("added", { title: dataservice.title }));
        }}
      />
      <DataserviceList
        dataservices={dataservices}
        empty={tApis("none")}
        onRemove={(removed) => {
          apis.field.onChange(dataservices.filter((dataservice) => dataservice.id !== removed.id));
          setAnnouncement(tApis("removed", { title: removed.title }));
          document.getElementById("reuse-dataservices")?.focus();
        }}
      />
      {datasets.length === 0 && dataservices.length > 0 && (
        <p className="mt-4 max-w-prose">
          {tApis.rich("onlyApisWarning", { strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </>
  );
}
