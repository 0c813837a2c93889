"use client";

import { useMutation } from "@tanstack/react-query";

import { useTRPC } from "~/components/trpc/provider";
import { useReuseActions } from "./actions";
import { ConfirmDialog } from "./confirm-dialog";

/** A soft delete, after a confirmation: the public page then says the reuse was deleted; it can be restored. */
export function DeleteSection({ id, title }: { id: string; title: string }) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.producerReuses.remove.mutationOptions());
  const { run, pending } = useReuseActions();
  return (
    <>
      <p className="mt-2 max-w-prose">
        Elle disparaît des listes, et sa page publique indique qu’elle a été supprimée. Vous pourrez la restaurer depuis
        votre espace.
      </p>
      <ConfirmDialog
        trigger={pending === "delete" ? "Suppression…" : "Supprimer la réutilisation"}
        title="Supprimer cette réutilisation ?"
        confirm="Oui, supprimer"
        disabled={pending !== null}
        onConfirm={() => {
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
