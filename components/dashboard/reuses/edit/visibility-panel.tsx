"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";

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
  const locale = useLocale();
  const t = useTranslations("dashboard.edit.visibility");
  const trpc = useTRPC();
  const setPrivate = useMutation(trpc.producerReuses.setPrivate.mutationOptions());
  const setArchived = useMutation(trpc.producerReuses.setArchived.mutationOptions());
  const { run, pending } = useReuseActions();
  const busy = pending !== null;

  const toggleVisibility = () =>
    run(
      "visibility",
      () => setPrivate.mutateAsync({ id, private: !isPrivate }),
      isPrivate ? t("publishedDone") : t("unpublishedDone"),
    );
  const toggleArchive = () =>
    run(
      "archive",
      () => setArchived.mutateAsync({ id, archived: !archived }),
      archived ? t("unarchivedDone") : t("archivedDone"),
    );

  return (
    <div className="mt-4 grid gap-6 md:grid-cols-2">
      <div className="rounded border border-line p-4">
        <h3 className="font-semibold">{isPrivate ? t("draftTitle") : t("publishedTitle")}</h3>
        <p className="mt-1">
          {isPrivate ? t("draftText") : t("publicText")}
          {!isPrivate && datasetCount === 0 && ` ${t("publicUnlisted")}`}
        </p>
        <button
          type="button"
          onClick={toggleVisibility}
          disabled={busy}
          className={`mt-4 ${isPrivate ? PRIMARY_BUTTON : SECONDARY_BUTTON}`}
        >
          {pending === "visibility" ? t("wait") : isPrivate ? t("publish") : t("unpublish")}
        </button>
        <ActionOutcome names={["visibility"]} />
      </div>
      <div className="rounded border border-line p-4">
        <h3 className="font-semibold">
          {archived ? t("archivedOn", { date: formatDate(archived, locale) }) : t("notArchived")}
        </h3>
        <p className="mt-1">{archived ? t("archivedText") : t("archiveText")}</p>
        <button type="button" onClick={toggleArchive} disabled={busy} className={`mt-4 ${SECONDARY_BUTTON}`}>
          {pending === "archive" ? t("wait") : archived ? t("unarchive") : t("archive")}
        </button>
        <ActionOutcome names={["archive"]} />
      </div>
    </div>
  );
}
