"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";

import { formatDate } from "~/components/ui/format";
import { useTRPC } from "~/components/trpc/provider";
import { useReuseActions } from "./actions";
import { PRIMARY_BUTTON } from "~/components/ui/styles";

/** A deleted reuse: when, what it means, and the way back. */
export function RestorePanel({ id, deleted }: { id: string; deleted: string }) {
  const locale = useLocale();
  const t = useTranslations("dashboard.edit.restore");
  const trpc = useTRPC();
  const restore = useMutation(trpc.producerReuses.restore.mutationOptions());
  const { run, pending } = useReuseActions();
  return (
    <div className="mt-6 rounded border-l-4 border-danger bg-red-50 p-4">
      <h2 className="text-xl font-bold">{t("deletedOn", { date: formatDate(deleted, locale) })}</h2>
      <p className="mt-1 max-w-prose">{t("text")}</p>
      <button
        type="button"
        disabled={pending !== null}
        onClick={() =>
          void run("restore", () => restore.mutateAsync({ id }), t("restoredDone")).then(() =>
            document.getElementById("reuse-heading")?.focus(),
          )
        }
        className={`mt-4 ${PRIMARY_BUTTON}`}
      >
        {pending === "restore" ? t("restoring") : t("button")}
      </button>
    </div>
  );
}
