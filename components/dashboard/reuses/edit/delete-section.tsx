"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

import { useTRPC } from "~/components/trpc/provider";
import { useReuseActions } from "./actions";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { DANGER_OUTLINE_BUTTON } from "~/components/ui/styles";

/** A soft delete, after a confirmation: the public page then says the reuse was deleted; it can be restored. */
export function DeleteSection({ id, title }: { id: string; title: string }) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.producerReuses.remove.mutationOptions());
  const { run, pending } = useReuseActions();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <p className="mt-2 max-w-prose">
        Elle disparaît des listes, et sa page publique indique qu’elle a été supprimée. Vous pourrez la restaurer depuis
        votre espace.
      </p>
      <button
        type="button"
        disabled={pending !== null}
        onClick={() => setAsking(true)}
        className={`mt-4 ${DANGER_OUTLINE_BUTTON}`}
      >
        {pending === "delete" ? "Suppression…" : "Supprimer la réutilisation"}
      </button>
      <ConfirmDialog
        open={asking}
        onClose={() => setAsking(false)}
        title="Supprimer cette réutilisation ?"
        confirmLabel="Oui, supprimer"
        onConfirm={() => {
          setAsking(false);
          void run("delete", () => remove.mutateAsync({ id }), "La réutilisation est supprimée.").then(() =>
            document.getElementById("reuse-heading")?.focus(),
          );
        }}
      >
        <p>
          « {title} » disparaîtra des listes, et sa page publique indiquera qu’elle a été supprimée. Vous pourrez la
          restaurer depuis votre espace.
        </p>
      </ConfirmDialog>
    </>
  );
}
