"use client";

import { useMutation } from "@tanstack/react-query";

import type { IdLabel } from "~/components/reuses/labels";
import { useTRPC } from "~/components/trpc/provider";
import { ActionOutcome, useReuseActions } from "../edit/actions";
import { BadgeEditor } from "./badge-editor";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "~/components/ui/styles";

interface AdminSectionProps {
  id: string;
  featured: boolean;
  badges: { kind: string }[];
  /** The badge kinds the instance lists (`GET /reuses/badges/`): none in udata 17. */
  badgeKinds: IdLabel[];
}

/** For site administrators only (the page shows it to them alone; the procedures refuse everyone else). */
export function AdminSection({ id, featured, badges, badgeKinds }: AdminSectionProps) {
  const trpc = useTRPC();
  const feature = useMutation(trpc.adminReuses.feature.mutationOptions());
  const unfeature = useMutation(trpc.adminReuses.unfeature.mutationOptions());
  const { run, pending } = useReuseActions();
  const busy = pending !== null;

  return (
    <>
      <p className="mt-2">
        {featured ? "Elle est mise en avant sur la page d’accueil." : "Elle n’est pas mise en avant."}
      </p>
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          run(
            "feature",
            () => (featured ? unfeature : feature).mutateAsync({ id }),
            featured ? "La réutilisation n’est plus mise en avant." : "La réutilisation est mise en avant.",
          )
        }
        className={`mt-3 ${featured ? SECONDARY_BUTTON : PRIMARY_BUTTON}`}
      >
        {featured ? "Ne plus mettre en avant" : "Mettre en avant"}
      </button>
      <ActionOutcome names={["feature"]} />

      <h3 className="mt-6 font-semibold">Badges</h3>
      <BadgeEditor id={id} badges={badges} kinds={badgeKinds} />
      <ActionOutcome names={["badge"]} />
    </>
  );
}
