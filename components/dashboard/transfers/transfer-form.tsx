"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from "react";

import { useTRPC } from "~/components/trpc/provider";
import { ERROR, HINT, INPUT, LABEL, PRIMARY_BUTTON, SECONDARY_BUTTON, TEXTAREA } from "~/components/ui/styles";
import { useFailureOf } from "~/components/ui/use-failure";
import { newRequestId } from "~/lib/reports/report-form";
import { TRANSFER_COMMENT_MAX } from "~/lib/transfers/limits";

export interface Recipient {
  class: "User" | "Organization";
  id: string;
  label: string;
}

interface TransferFormProps {
  reuseId: string;
  recipients: readonly Recipient[];
  /** The reuse's organization, for the 403's sentence; null for a personal reuse. */
  organization: string | null;
}

/**
 * Asks to transfer the reuse to one of the offered recipients. One request id per request, kept by its retries:
 * a retry after a timeout never asks twice; a failure keeps the choice and the comment.
 */
export function TransferForm({ reuseId, recipients, organization }: TransferFormProps) {
  const t = useTranslations("dashboard.transfers");
  const trpc = useTRPC();
  const router = useRouter();
  const failureOf = useFailureOf();
  const request = useMutation(trpc.transfers.request.mutationOptions());
  const id = useId();
  const requestId = useRef<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string; field?: "recipient" } | null>(null);
  const [search, setSearch] = useState("");
  const [query, setQuery] = useState("");
  const found = useQuery({ ...trpc.transfers.suggestUsers.queryOptions({ q: query }), enabled: query.length > 0 });
  const people: Recipient[] = (found.data ?? []).map((user) => ({
    class: "User",
    id: user.id,
    label: t("toUser", { name: user.name }),
  }));
  const offered = [...recipients, ...people.filter((person) => !recipients.some((known) => known.id === person.id))];

  function lookUp() {
    setQuery(search.trim());
  }

  /** Enter in the search field searches: it does not send the transfer. */
  function searchOnEnter(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "Enter") return;
    event.preventDefault();
    lookUp();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const chosen = offered.find((recipient) => `${recipient.class}:${recipient.id}` === data.get("destinataire"));
    if (!chosen) return setStatus({ ok: false, text: t("chooseRecipient"), field: "recipient" });
    const comment = String(data.get("commentaire") ?? "").trim();
    requestId.current ??= newRequestId();
    setStatus(null);
    request.mutate(
      { requestId: requestId.current, reuse: reuseId, recipient: { class: chosen.class, id: chosen.id }, comment },
      {
        onSuccess: () => {
          requestId.current = null;
          setStatus({ ok: true, text: t("sent") });
          router.refresh();
        },
        onError: (error) => {
          const failure = failureOf(error);
          if (failure.code === "FORBIDDEN") {
            const text = organization ? t("forbiddenRequest", { organization }) : t("forbiddenRequestPersonal");
            return setStatus({ ok: false, text });
          }
          const recipientError = failure.fieldErrors.recipient?.[0];
          if (recipientError) return setStatus({ ok: false, text: recipientError, field: "recipient" });
          setStatus({ ok: false, text: t("failed", { reason: failure.message }) });
        },
      },
    );
  }

  const recipientError = status && !status.ok && status.field === "recipient" ? status.text : null;
  return (
    <form method="post" onSubmit={submit} className="mt-4 space-y-4" noValidate>
      <fieldset aria-describedby={recipientError ? `${id}-recipient-error` : undefined}>
        <legend className={LABEL}>{t("recipient")}</legend>
        {recipients.length === 0 && <p className="mt-2 max-w-prose">{t("noRecipient")}</p>}
        <ul className="mt-2 space-y-2">
          {offered.map((recipient) => {
            const value = `${recipient.class}:${recipient.id}`;
            return (
              <li key={value} className="flex items-center gap-2">
                <input id={`${id}-${value}`} type="radio" name="destinataire" value={value} className="size-5" />
                <label htmlFor={`${id}-${value}`}>{recipient.label}</label>
              </li>
            );
          })}
        </ul>
        <div role="alert">
          {recipientError && (
            <p id={`${id}-recipient-error`} className={ERROR}>
              {recipientError}
            </p>
          )}
        </div>
        <label htmlFor={`${id}-search`} className={`${LABEL} mt-4`}>
          {t("userSearch")}
        </label>
        <p id={`${id}-search-hint`} className={HINT}>
          {t("userSearchHint")}
        </p>
        <p className="flex flex-wrap items-end gap-3">
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onKeyDown={searchOnEnter}
            aria-describedby={`${id}-search-hint`}
            maxLength={200}
            className={`${INPUT} max-w-md`}
          />
          <button type="button" className={SECONDARY_BUTTON} onClick={lookUp}>
            {t("searchButton")}
          </button>
        </p>
        <p role="status" className="mt-2 text-sm">
          {query && found.data && t("usersFound", { count: people.length })}
        </p>
      </fieldset>
      <div>
        <label htmlFor={`${id}-comment`} className={LABEL}>
          {t("comment")}
        </label>
        <p id={`${id}-comment-hint`} className={HINT}>
          {t("commentHint")}
        </p>
        <textarea
          id={`${id}-comment`}
          name="commentaire"
          maxLength={TRANSFER_COMMENT_MAX}
          aria-describedby={`${id}-comment-hint`}
          className={`${TEXTAREA} min-h-24`}
        />
      </div>
      <button type="submit" className={PRIMARY_BUTTON} aria-disabled={request.isPending}>
        {request.isPending ? t("sending") : t("submit")}
      </button>
      <div role="status">{status?.ok && <p className="font-semibold text-green-800">{status.text}</p>}</div>
      <div role="alert">{status && !status.ok && !status.field && <p className={ERROR}>{status.text}</p>}</div>
    </form>
  );
}
