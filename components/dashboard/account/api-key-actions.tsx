"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { useTRPC } from "~/components/trpc/provider";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { leaveIfSignedOut, leaveSessionExpired, signOutTo } from "./end-session";
import { SecretDialog } from "~/components/ui/secret-dialog";
import { DANGER_OUTLINE_BUTTON, PRIMARY_BUTTON } from "~/components/ui/styles";
import { useFailureOf } from "~/components/ui/use-failure";

type Asking = "regenerate" | "clear" | null;

/** 128 random bits in hex; `crypto.randomUUID` would need a secure context (https). */
function newRequestId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

interface NewKey {
  value: string;
  sessionContinues: boolean;
  oldKeyStopped: boolean | null;
}

/** What became of the session and of the old key: a key of `dashboard.apiKey.key`. */
function afterRegenerating({ sessionContinues, oldKeyStopped }: NewKey) {
  if (!sessionContinues) return "sessionEnded";
  if (oldKeyStopped === false) return "oldKeyKept";
  if (oldKeyStopped === null) return "oldKeyUnknown";
  return "oldKeyStopped";
}

/**
 * Regenerate the API key (shown once; the session goes on with it) or, where data.gouv.fr has one key per user
 * (`canClear`), clear it (the session ends). Both ask first. The new key is kept in this component's state only
 * while its dialog is open. One request id per confirmation: retrying after a failure never makes two keys.
 */
export function ApiKeyActions({ canClear }: { canClear: boolean }) {
  const trpc = useTRPC();
  // gcTime 0: the answer holding the new key leaves the mutation cache as soon as nothing reads it.
  const regenerate = useMutation(trpc.account.apiKey.regenerate.mutationOptions({ gcTime: 0 }));
  const clear = useMutation(trpc.account.apiKey.clear.mutationOptions());
  const [asking, setAsking] = useState<Asking>(null);
  const [newKey, setNewKey] = useState<NewKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [requestId, setRequestId] = useState(newRequestId);
  const t = useTranslations("dashboard.apiKey.key");

  function ask(action: Asking) {
    setError(null);
    setAsking(action);
  }

  const failureOf = useFailureOf();
  const onError = (error: unknown) => {
    if (!leaveIfSignedOut(error)) setError(failureOf(error).message);
  };

  function confirmRegenerate() {
    regenerate.mutate(
      { requestId },
      {
        onSuccess: ({ apiKey, sessionContinues, oldKeyStopped }) => {
          regenerate.reset();
          setAsking(null);
          setRequestId(newRequestId());
          setNewKey({ value: apiKey, sessionContinues, oldKeyStopped });
        },
        onError,
      },
    );
  }

  function closeNewKey() {
    const continues = newKey?.sessionContinues ?? true;
    setNewKey(null);
    if (!continues) leaveSessionExpired();
  }

  return (
    <>
      <div className="mt-5 flex flex-wrap gap-3">
        <button type="button" onClick={() => ask("regenerate")} className={PRIMARY_BUTTON}>
          {t("regenerate")}
        </button>
        {canClear && (
          <button type="button" onClick={() => ask("clear")} className={DANGER_OUTLINE_BUTTON}>
            {t("clear")}
          </button>
        )}
      </div>

      <ConfirmDialog
        open={asking === "regenerate"}
        onClose={() => setAsking(null)}
        title={t("regenerateTitle")}
        confirmLabel={t("regenerate")}
        pendingLabel={t("regeneratePending")}
        pending={regenerate.isPending}
        error={error}
        onConfirm={confirmRegenerate}
      >
        <p>{t("regenerateStops")}</p>
        <p>{t("regenerateSession")}</p>
      </ConfirmDialog>

      <ConfirmDialog
        open={asking === "clear"}
        onClose={() => setAsking(null)}
        title={t("clearTitle")}
        confirmLabel={t("clear")}
        pendingLabel={t("clearPending")}
        pending={clear.isPending}
        error={error}
        onConfirm={() =>
          clear.mutate(undefined, {
            // A session signed in with data.gouv.fr goes on without the key (null): only the dialog closes.
            onSuccess: ({ signedOutTo }) => (signedOutTo ? void signOutTo(signedOutTo) : setAsking(null)),
            onError,
          })
        }
      >
        <p>{t("clearStops")}</p>
        <p>{t("clearReconnect")}</p>
      </ConfirmDialog>

      <SecretDialog secret={newKey?.value ?? null} onClose={closeNewKey} title={t("newTitle")} label={t("newLabel")}>
        <p>{t.rich("newCopy", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <p>{newKey && t(afterRegenerating(newKey))}</p>
      </SecretDialog>
    </>
  );
}
