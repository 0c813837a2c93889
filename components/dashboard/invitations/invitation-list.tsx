"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";

import { useTRPC } from "~/components/trpc/provider";
import { formatDate } from "~/components/ui/format";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "~/components/ui/styles";
import { useFailureOf } from "~/components/ui/use-failure";
import type { RouterOutputs } from "~/server/api/root";
import { useTellOutcome } from "~/components/dashboard/transfers/request-outcome";

type Invitation = RouterOutputs["invitations"]["pending"][number];

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
/**
 * The caller's invitations to join an organization, each accepted or refused here (inside RequestOutcomes, which
 * says how it went).
 */
export function InvitationList({ invitations }: { invitations: readonly Invitation[] }) {
  const t = useTranslations("dashboard.invitations");
  if (invitations.length === 0) return null;
  return (
    <section aria-labelledby="invitations-title" className="mt-8 rounded border border-line p-4">
      <h2 id="invitations-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <ul className="mt-2 divide-y divide-line">
        {invitations.map((invitation) => (
          <InvitationItem key={invitation.id} invitation={invitation} />
        ))}
      </ul>
    </section>
  );
}

function InvitationItem({ invitation }: { invitation: Invitation }) {
  const locale = useLocale();
  const t = useTranslations("dashboard.invitations");
  const onOutcome = useTellOutcome();
  const trpc = useTRPC();
  const router = useRouter();
  const failureOf = useFailureOf();
  const answer = useMutation(trpc.invitations.answer.mutationOptions());
  const organization = invitation.organization.name;
  const role = invitation.role === "admin" || invitation.role === "editor" ? invitation.role : "other";

  function send(accept: boolean) {
    if (answer.isPending) return;
    answer.mutate(
      { id: invitation.id, accept },
      {
        onSuccess: () => {
          onOutcome({ ok: true, text: t(accept ? "accepted" : "refused", { organization }) });
          router.refresh();
        },
        onError: (error) => onOutcome({ ok: false, text: t("failed", { reason: failureOf(error).message }) }),
      },
    );
  }

  return (
    <li className="py-4">
      <p>
        {t.rich("item", {
          organization,
          role: t(`roles.${role}`),
          date: formatDate(invitation.created, locale),
          strong,
        })}
      </p>
      {invitation.comment && <p className="mt-1 max-w-prose">{t("comment", { comment: invitation.comment })}</p>}
      <p className="mt-3 flex flex-wrap gap-3">
        <button type="button" className={PRIMARY_BUTTON} aria-disabled={answer.isPending} onClick={() => send(true)}>
          {answer.isPending ? t("answering") : t("accept", { organization })}
        </button>
        <button type="button" className={SECONDARY_BUTTON} aria-disabled={answer.isPending} onClick={() => send(false)}>
          {t("refuse", { organization })}
        </button>
      </p>
    </li>
  );
}
