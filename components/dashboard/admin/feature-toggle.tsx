"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { ActionOutcome, useReuseActions } from "~/components/dashboard/reuses/edit/actions";
import { useTRPC } from "~/components/trpc/provider";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "~/components/ui/styles";

/**
 * Feature or unfeature one reuse from the admin search's list (site admins; the procedures refuse anyone else).
 * The list is then read again; a retry is harmless: data.gouv.fr only sets `featured` (ReuseFeaturedAPI).
 */
export function FeatureToggle({ id, title, featured }: { id: string; title: string; featured: boolean }) {
  const t = useTranslations("dashboard.admin");
  const trpc = useTRPC();
  const feature = useMutation(trpc.adminReuses.feature.mutationOptions());
  const unfeature = useMutation(trpc.adminReuses.unfeature.mutationOptions());
  const { run, pending } = useReuseActions();
  const name = `feature:${id}`;
  const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;
  return (
    <>
      <button
        type="button"
        disabled={pending !== null}
        aria-busy={pending === name || undefined}
        onClick={() =>
          void run(
            name,
            () => (featured ? unfeature : feature).mutateAsync({ id }),
            featured ? t("unfeaturedDone") : t("featuredDone"),
          )
        }
        className={featured ? SECONDARY_BUTTON : PRIMARY_BUTTON}
      >
        {featured ? t.rich("unfeatureRow", { title, hidden }) : t.rich("featureRow", { title, hidden })}
      </button>
      <ActionOutcome names={[name]} />
    </>
  );
}
