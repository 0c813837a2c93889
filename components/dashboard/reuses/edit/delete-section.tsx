"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { useTRPC } from "~/components/trpc/provider";
import { useReuseActions } from "./actions";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { DANGER_OUTLINE_BUTTON } from "~/components/ui/styles";

/** A soft delete, after a confirmation: the public page then says the reuse was deleted; it can be restored. */
export function DeleteSection({ id, title }: { id: string; title: string }) {
  const t = useTranslations("dashboard.edit.delete");
  const trpc = useTRPC();
  const remove = useMutation(trpc.producerReuses.remove.mutationOptions());
  const { run, pending } = useReuseActions();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <p className="mt-2 max-w-prose">{t("text")}</p>
      <button
        type="button"
        disabled={pending !== null}
        onClick={() => setAsking(true)}
        className={`mt-4 ${DANGER_OUTLINE_BUTTON}`}
      >
        {pending === "delete" ? t("deleting") : t("button")}
      </button>
      <ConfirmDialog
        open={asking}
        onClose={() => setAsking(false)}
        title={t("confirmTitle")}
        confirmLabel={t("confirmLabel")}
        onConfirm={() => {
          setAsking(false);
          void run("delete", () => remove.mutateAsync({ id }), t("deletedDone")).then(() =>
            document.getElementById("reuse-heading")?.focus(),
          );
        }}
      >
        <p>{t("confirmText", { title })}</p>
      </ConfirmDialog>
    </>
  );
}
