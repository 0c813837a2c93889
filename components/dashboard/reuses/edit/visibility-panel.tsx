"use client";

import { useMutation } from "@tanstack/react-query";

import { formatDate } from "~/components/ui/format";
import { useTRPC } from "~/components/trpc/provider";
import { ActionOutcome, useReuseActions } from "./actions";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "~/components/ui/styles";

interface VisibilityPanelProps {
  id: string;
  isPrivate: boolean;
  archived: string | null;
  datasetCount: number;
}

/** Public or draft, archived or not: what it means, and the button that changes it. */
export function VisibilityPanel({ id, isPrivate, archived, datasetCount }: VisibilityPanelProps) {
  const trpc = useTRPC();
  const setPrivate = useMutation(trpc.producerReuses.setPrivate.mutationOptions());
  const setArchived = useMutation(trpc.producerReuses.setArchived.mutationOptions());
  const { run, pending } = useReuseActions();
  const busy = pending !== null;

  const toggleVisibility = () =>
    run(
      "visibility",
      () => setPrivate.mutateAsync({ id, private: !isPrivate }),
      isPrivate
        ? "La réutilisation est publiée."
        : "La réutilisation est repassée en brouillon : elle n’est plus publique.",
    );
  const toggleArchive = () =>
    run(
      "archive",
      () => setArchived.mutateAsync({ id, archived: !archived }),
      archived ? "La réutilisation n’est plus archivée." : "La réutilisation est archivée.",
    );

  return (
    <div className="mt-4 grid gap-6 md:grid-cols-2">
      <div className="rounded border border-line p-4">
        <h3 className="font-semibold">{isPrivate ? "En brouillon" : "Publiée"}</h3>
        <p className="mt-1">
          {isPrivate
            ? "Seuls vous et les membres de son organisation la voient."
            : "Elle est visible de tous, ici et sur data.gouv.fr."}
          {!isPrivate && datasetCount === 0 && " Sans jeu de données, elle n’apparaît toutefois pas dans les listes."}
        </p>
        <button
          type="button"
          onClick={toggleVisibility}
          disabled={busy}
          className={`mt-4 ${isPrivate ? PRIMARY_BUTTON : SECONDARY_BUTTON}`}
        >
          {pending === "visibility" ? "Un instant…" : isPrivate ? "Publier la réutilisation" : "Repasser en brouillon"}
        </button>
        <ActionOutcome names={["visibility"]} />
      </div>
      <div className="rounded border border-line p-4">
        <h3 className="font-semibold">{archived ? `Archivée le ${formatDate(archived)}` : "Non archivée"}</h3>
        <p className="mt-1">
          {archived
            ? "Elle reste visible, marquée comme n’étant plus maintenue."
            : "Archivez une réutilisation qui n’est plus maintenue : elle reste visible, avec cette mention."}
        </p>
        <button type="button" onClick={toggleArchive} disabled={busy} className={`mt-4 ${SECONDARY_BUTTON}`}>
          {pending === "archive" ? "Un instant…" : archived ? "Désarchiver" : "Archiver"}
        </button>
        <ActionOutcome names={["archive"]} />
      </div>
    </div>
  );
}
