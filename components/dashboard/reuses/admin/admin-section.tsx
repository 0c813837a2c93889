"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

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
  const t = useTranslations("dashboard.admin");
  const trpc = useTRPC();
  const feature = useMutation(trpc.adminReuses.feature.mutationOptions());
  const unfeature = useMutation(trpc.adminReuses.unfeature.mutationOptions());
  const { run, pending } = useReuseActions();
  const busy = pending !== null;

  return (
    <>
      <p className="mt-2">{featured ? t("featuredText") : t("notFeaturedText")}</p>
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          run(
            "feature",
            () => (featured ? unfeature : feature).mutateAsync({ id }),
            featured ? t("unfeaturedDone") : t("featuredDone"),
          )
        }
        className={`mt-3 ${featured ? SECONDARY_BUTTON : PRIMARY_BUTTON}`}
      >
        {featured ? t("unfeature") : t("feature")}
      </button>
      <ActionOutcome names={["feature"]} />

      <h3 className="mt-6 font-semibold">{t("badges")}</h3>
      <BadgeEditor id={id} badges={badges} kinds={badgeKinds} />
      <ActionOutcome names={["badge"]} />
    </>
  );
}
