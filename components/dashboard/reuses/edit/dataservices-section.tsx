"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { useTRPC } from "~/components/trpc/provider";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { DataserviceList } from "../form/dataservice-list";
import { DataserviceSearch } from "../form/dataservice-search";
import type { PickedDataservice } from "~/lib/reuses/reuse-form-schema";
import { ActionOutcome, useReuseActions } from "./actions";

type LinkedDataservice = PickedDataservice & { page: string | null };

/**
 * The reuse's APIs: each added at once (`POST /reuses/{id}/dataservices/`, a no-op when already there) or
 * removed after a confirmation (the list without it is written back).
 */
export function DataservicesSection({ id, dataservices }: { id: string; dataservices: LinkedDataservice[] }) {
  const t = useTranslations("dashboard.dataservices");
  const trpc = useTRPC();
  const add = useMutation(trpc.producerReuses.addDataservices.mutationOptions());
  const remove = useMutation(trpc.producerReuses.removeDataservice.mutationOptions());
  const { run, pending } = useReuseActions();
  // The one the dialog asks about, then the one being removed (its button waits).
  const [removing, setRemoving] = useState<PickedDataservice | null>(null);
  const [removedId, setRemovedId] = useState<string>();
  const busyId = pending === "remove-api" ? removedId : undefined;

  const confirmRemove = (dataservice: PickedDataservice) => {
    setRemoving(null);
    setRemovedId(dataservice.id);
    void run(
      "remove-api",
      () => remove.mutateAsync({ id, dataservice: dataservice.id }),
      t("removedDone", { title: dataservice.title }),
    ).then(() => document.getElementById("reuse-dataservices")?.focus());
  };

  return (
    <>
      <h3 className="mt-8 text-lg font-semibold">{t("heading", { count: dataservices.length })}</h3>
      <DataserviceList dataservices={dataservices} empty={t("empty")} busyId={busyId} onRemove={setRemoving} />
      <DataserviceSearch
        id="reuse-dataservices"
        exclude={dataservices.map((dataservice) => dataservice.id)}
        onChoose={(dataservice) =>
          run(
            "add-api",
            () => add.mutateAsync({ id, dataservices: [dataservice.id] }),
            t("addedDone", { title: dataservice.title }),
          )
        }
      />
      {/* One name per kind of action: the message stays once the removed API has left the list. */}
      <ActionOutcome names={["add-api", "remove-api"]} />
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={t("confirmTitle", { title: removing?.title ?? "" })}
        confirmLabel={t("confirmLabel")}
        onConfirm={() => removing && confirmRemove(removing)}
      >
        <p>{t("confirmText")}</p>
      </ConfirmDialog>
    </>
  );
}
