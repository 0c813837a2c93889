"use client";

import { useMutation } from "@tanstack/react-query";
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

function afterRegenerating({ sessionContinues, oldKeyStopped }: NewKey): string {
  if (!sessionContinues) {
    return "Votre session n'a pas pu être prolongée : reconnectez-vous avec cette clé après avoir fermé cette fenêtre.";
  }
  if (oldKeyStopped === false) {
    return "Votre session continue avec la nouvelle clé, mais l'ancienne n'a pas pu être révoquée : révoquez-la dans la liste des jetons.";
  }
  if (oldKeyStopped === null) {
    return "Votre session continue avec la nouvelle clé. Vérifiez dans la liste des jetons que l'ancienne n'y figure plus.";
  }
  return "L'ancienne clé ne fonctionne plus. Votre session sur ce site continue avec la nouvelle.";
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
          Générer une nouvelle clé
        </button>
        {canClear && (
          <button type="button" onClick={() => ask("clear")} className={DANGER_OUTLINE_BUTTON}>
            Supprimer ma clé
          </button>
        )}
      </div>

      <ConfirmDialog
        open={asking === "regenerate"}
        onClose={() => setAsking(null)}
        title="Générer une nouvelle clé d'API ?"
        confirmLabel="Générer une nouvelle clé"
        pendingLabel="Génération…"
        pending={regenerate.isPending}
        error={error}
        onConfirm={confirmRegenerate}
      >
        <p>
          Votre clé actuelle cessera aussitôt de fonctionner, partout où vous l&apos;utilisez (scripts, autres outils).
          La nouvelle clé ne sera affichée qu&apos;une fois.
        </p>
        <p>Votre session sur ce site continuera avec la nouvelle clé.</p>
      </ConfirmDialog>

      <ConfirmDialog
        open={asking === "clear"}
        onClose={() => setAsking(null)}
        title="Supprimer votre clé d'API ?"
        confirmLabel="Supprimer ma clé"
        pendingLabel="Suppression…"
        pending={clear.isPending}
        error={error}
        onConfirm={() =>
          clear.mutate(undefined, { onSuccess: ({ signedOutTo }) => void signOutTo(signedOutTo), onError })
        }
      >
        <p>Elle cessera aussitôt de fonctionner, ici comme dans vos scripts, et vous serez déconnecté de ce site.</p>
        <p>Pour vous reconnecter, il vous faudra générer une nouvelle clé sur data.gouv.fr.</p>
      </ConfirmDialog>

      <SecretDialog
        secret={newKey?.value ?? null}
        onClose={closeNewKey}
        title="Votre nouvelle clé d'API"
        label="Nouvelle clé d'API"
      >
        <p>
          <strong>Copiez-la maintenant</strong> et gardez-la en lieu sûr : elle ne sera plus jamais affichée.
        </p>
        <p>{newKey && afterRegenerating(newKey)}</p>
      </SecretDialog>
    </>
  );
}
