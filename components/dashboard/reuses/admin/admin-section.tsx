"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";

import { badgeLabel } from "~/components/reuse/labels";
import { useTRPC } from "~/components/trpc/provider";
import { Field } from "../form/field";
import { FIELD_CONTROL, PRIMARY_BUTTON, SECONDARY_BUTTON, SMALL_BUTTON } from "../form/styles";
import { ActionOutcome, useReuseActions } from "../edit/actions";

const BADGE_KIND = /^[a-z0-9][a-z0-9-]{0,254}$/;

interface AdminSectionProps {
  id: string;
  featured: boolean;
  badges: { kind: string }[];
}

/** For site administrators only (the page shows it to them alone; the procedures refuse everyone else). */
export function AdminSection({ id, featured, badges }: AdminSectionProps) {
  const trpc = useTRPC();
  const feature = useMutation(trpc.adminReuses.feature.mutationOptions());
  const unfeature = useMutation(trpc.adminReuses.unfeature.mutationOptions());
  const addBadge = useMutation(trpc.adminReuses.addBadge.mutationOptions());
  const removeBadge = useMutation(trpc.adminReuses.removeBadge.mutationOptions());
  const { run, pending, tell } = useReuseActions();
  const [kind, setKind] = useState("");
  const busy = pending !== null;

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = kind.trim();
    if (!BADGE_KIND.test(value)) {
      return tell("badge", "Un badge s’écrit en minuscules, chiffres et tirets, par exemple « certified ».", false);
    }
    void run("badge", () => addBadge.mutateAsync({ id, kind: value }), `Le badge « ${value} » est ajouté.`).then(
      (done) => done && setKind(""),
    );
  }

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
      {badges.length === 0 ? (
        <p className="mt-1">Aucun badge.</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-2">
          {badges.map((badge) => (
            <li key={badge.kind} className="inline-flex items-center rounded-full bg-brand-soft pl-3 text-brand">
              {badgeLabel(badge.kind)}
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  run("badge", () => removeBadge.mutateAsync({ id, kind: badge.kind }), "Le badge est retiré.")
                }
                className={SMALL_BUTTON}
              >
                Retirer<span className="sr-only"> le badge {badgeLabel(badge.kind)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate className="max-w-md">
        <Field id="reuse-badge" label="Ajouter un badge" hint="Son identifiant, par exemple « certified ».">
          {(aria) => (
            <div className="mt-2 flex gap-2">
              <input
                {...aria}
                value={kind}
                onChange={(event) => setKind(event.target.value)}
                className={`${FIELD_CONTROL} flex-1`}
              />
              <button type="submit" disabled={busy} className={`shrink-0 ${SECONDARY_BUTTON}`}>
                Ajouter
              </button>
            </div>
          )}
        </Field>
      </form>
      <ActionOutcome names={["badge"]} />
    </>
  );
}
