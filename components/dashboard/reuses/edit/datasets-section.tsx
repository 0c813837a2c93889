"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { useTRPC } from "~/components/trpc/provider";
import { DatasetList } from "../form/dataset-list";
import { DatasetSearch } from "../form/dataset-search";
import type { PickedDataset } from "~/lib/reuses/reuse-form-schema";
import { ActionOutcome, useReuseActions } from "./actions";

interface DatasetsSectionProps {
  id: string;
  datasets: PickedDataset[];
  /** APIs alone do not list a reuse (udata's `ReuseQuerySet.visible` wants a dataset): the warning says so. */
  hasDataservices: boolean;
}

/** The reuse's datasets: each added (`POST /reuses/{id}/datasets/`) or removed at once. */
export function DatasetsSection({ id, datasets, hasDataservices }: DatasetsSectionProps) {
  const t = useTranslations("dashboard.edit.datasets");
  const tApis = useTranslations("dashboard.dataservices");
  const trpc = useTRPC();
  const add = useMutation(trpc.producerReuses.addDatasets.mutationOptions());
  const remove = useMutation(trpc.producerReuses.removeDataset.mutationOptions());
  const { run, pending } = useReuseActions();
  const removing = pending?.startsWith("remove:") ? pending.slice("remove:".length) : undefined;

  return (
    <>
      {datasets.length === 0 && (
        <p className="mt-4 max-w-prose">
          {hasDataservices
            ? tApis.rich("onlyApisWarning", { strong: (chunks) => <strong>{chunks}</strong> })
            : t.rich("unlistedWarning", { strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      )}
      <DatasetList
        datasets={datasets}
        empty={t("empty")}
        busyId={removing}
        onRemove={(dataset) =>
          run(
            `remove:${dataset.id}`,
            () => remove.mutateAsync({ id, dataset: dataset.id }),
            t("removedDone", { title: dataset.title }),
          ).then(() => document.getElementById("reuse-datasets")?.focus())
        }
      />
      <DatasetSearch
        id="reuse-datasets"
        exclude={datasets.map((dataset) => dataset.id)}
        onChoose={(dataset) =>
          run(
            "add-dataset",
            () => add.mutateAsync({ id, datasets: [dataset.id] }),
            t("addedDone", { title: dataset.title }),
          )
        }
      />
      <ActionOutcome names={["add-dataset", ...datasets.map((dataset) => `remove:${dataset.id}`)]} />
    </>
  );
}
