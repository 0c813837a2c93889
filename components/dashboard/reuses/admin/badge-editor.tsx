"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

import { type IdLabel, listedBadges } from "~/components/reuses/labels";
import { useTRPC } from "~/components/trpc/provider";
import { useReuseActions } from "../edit/actions";
import { Field } from "~/components/ui/field";
import { CONTROL, SECONDARY_BUTTON, SMALL_BUTTON } from "~/components/ui/styles";

interface BadgeEditorProps {
  id: string;
  badges: { kind: string }[];
  /** What the instance lists: the only kinds shown, and offered, with their labels. */
  kinds: IdLabel[];
}

/** A reuse's badges for site admins: remove one, or add one of the kinds data.gouv.fr offers. */
export function BadgeEditor({ id, badges, kinds }: BadgeEditorProps) {
  const t = useTranslations("dashboard.admin");
  const trpc = useTRPC();
  const addBadge = useMutation(trpc.adminReuses.addBadge.mutationOptions());
  const removeBadge = useMutation(trpc.adminReuses.removeBadge.mutationOptions());
  const { run, pending } = useReuseActions();
  const busy = pending !== null;
  const shown = listedBadges(badges, kinds);
  const addable = kinds.filter((kind) => !shown.some((badge) => badge.id === kind.id));
  const [chosen, setChosen] = useState("");
  const kind = addable.find((candidate) => candidate.id === chosen) ?? addable[0];

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!kind) return;
    void run("badge", () => addBadge.mutateAsync({ id, kind: kind.id }), t("badgeAddedDone", { label: kind.label }));
  }

  return (
    <>
      {shown.length === 0 ? (
        <p className="mt-1">{t("noBadge")}</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-2">
          {shown.map((badge) => (
            <li key={badge.id} className="inline-flex items-center rounded-full bg-brand-soft pl-3 text-brand">
              {badge.label}
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  run(
                    "badge",
                    () => removeBadge.mutateAsync({ id, kind: badge.id }),
                    t("badgeRemovedDone", { label: badge.label }),
                  )
                }
                className={SMALL_BUTTON}
              >
                {t.rich("removeBadge", {
                  label: badge.label,
                  hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {kinds.length === 0 ? (
        <p className="mt-3">{t("noKinds")}</p>
      ) : addable.length === 0 ? (
        <p className="mt-3">{t("allBadges")}</p>
      ) : (
        <form onSubmit={add} noValidate className="max-w-md">
          <Field id="reuse-badge" label={t("addBadgeLabel")}>
            {(aria) => (
              <div className="mt-2 flex gap-2">
                <select
                  {...aria}
                  value={kind?.id}
                  onChange={(event) => setChosen(event.target.value)}
                  className={`${CONTROL} flex-1`}
                >
                  {addable.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.label}
                    </option>
                  ))}
                </select>
                <button type="submit" disabled={busy} className={`shrink-0 ${SECONDARY_BUTTON}`}>
                  {t("add")}
                </button>
              </div>
            )}
          </Field>
        </form>
      )}
    </>
  );
}
