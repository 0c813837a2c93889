"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { type ReactNode, useId, useState } from "react";

import { useTellOutcome } from "./request-outcome";

import { useTRPC } from "~/components/trpc/provider";
import { formatDate } from "~/components/ui/format";
import { LABEL, PRIMARY_BUTTON, SECONDARY_BUTTON, TEXTAREA } from "~/components/ui/styles";
import { useFailureOf } from "~/components/ui/use-failure";
import { TRANSFER_COMMENT_MAX } from "~/lib/transfers/limits";
import { partyName, type Transfer } from "./types";

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

/**
 * The transfers offered to the caller or to an organization they administer, each with its answer: accept or
 * refuse, with an optional comment (inside RequestOutcomes, which says how it went).
 */
export function IncomingTransfers({ transfers }: { transfers: readonly Transfer[] }) {
  const t = useTranslations("dashboard.transfers");
  if (transfers.length === 0) return null;
  return (
    <section aria-labelledby="incoming-transfers-title" className="mt-8 rounded border border-line p-4">
      <h2 id="incoming-transfers-title" className="text-xl font-bold">
        {t("incomingTitle")}
      </h2>
      <p className="mt-2 max-w-prose text-muted">{t("incomingIntro")}</p>
      <ul className="mt-2 divide-y divide-line">
        {transfers.map((transfer) => (
          <IncomingTransfer key={transfer.id} transfer={transfer} />
        ))}
      </ul>
    </section>
  );
}

function IncomingTransfer({ transfer }: { transfer: Transfer }) {
  const locale = useLocale();
  const t = useTranslations("dashboard.transfers");
  const onOutcome = useTellOutcome();
  const trpc = useTRPC();
  const router = useRouter();
  const failureOf = useFailureOf();
  const respond = useMutation(trpc.transfers.respond.mutationOptions());
  const id = useId();
  const [comment, setComment] = useState("");
  const title = transfer.subject?.title ?? t("unknownSubject");
  const owner = partyName(transfer.owner, t("unknownParty"));
  const recipient = partyName(transfer.recipient, t("unknownParty"));

  function answer(response: "accept" | "refuse") {
    if (respond.isPending) return;
    respond.mutate(
      { transfer: transfer.id, response, comment },
      {
        onSuccess: () => {
          onOutcome({ ok: true, text: t(response === "accept" ? "accepted" : "refused", { title, recipient, owner }) });
          router.refresh();
        },
        onError: (error) => {
          const failure = failureOf(error);
          if (failure.code === "FORBIDDEN") {
            const text =
              transfer.recipient?.class === "Organization"
                ? t("forbiddenAnswer", { organization: recipient })
                : t("forbiddenAnswerPersonal");
            return onOutcome({ ok: false, text });
          }
          onOutcome({ ok: false, text: t("answerFailed", { reason: failure.message }) });
        },
      },
    );
  }

  return (
    <li className="py-4">
      <p>{t.rich("incomingItem", { title, owner, recipient, date: formatDate(transfer.created, locale), strong })}</p>
      {transfer.comment && <p className="mt-1 max-w-prose">{t("pendingComment", { comment: transfer.comment })}</p>}
      <label htmlFor={`${id}-comment`} className={`${LABEL} mt-3`}>
        {t("answerComment", { title })}
      </label>
      <textarea
        id={`${id}-comment`}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        maxLength={TRANSFER_COMMENT_MAX}
        className={`${TEXTAREA} min-h-20`}
      />
      <p className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          className={PRIMARY_BUTTON}
          aria-disabled={respond.isPending}
          onClick={() => answer("accept")}
        >
          {respond.isPending ? t("answering") : t("accept")}
        </button>
        <button
          type="button"
          className={SECONDARY_BUTTON}
          aria-disabled={respond.isPending}
          onClick={() => answer("refuse")}
        >
          {t("refuse")}
        </button>
      </p>
    </li>
  );
}
