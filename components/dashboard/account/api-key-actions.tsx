"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

import { useTRPC } from "~/components/trpc/provider";
import { dangerOutlineButton, primaryButton } from "./buttons";
import { ConfirmDialog } from "./confirm-dialog";
import { leaveSessionExpired, signOutTo } from "./end-session";
import { SecretDialog } from "./secret-dialog";
import { leaveIfSignedOut, type ClientError } from "./trpc-errors";

type Asking = "regenerate" | "clear" | null;

/**
 * Regenerate the API key (shown once; the session goes on with it) or clear it (the session ends). Both ask
 * first. The new key is kept in this component's state only while its dialog is open.
 */
export function ApiKeyActions() {
  const trpc = useTRPC();
  // gcTime 0: the answer holding the new key leaves the mutation cache as soon as nothing reads it.
  const regenerate = useMutation(trpc.account.apiKey.regenerate.mutationOptions({ gcTime: 0 }));
  const clear = useMutation(trpc.account.apiKey.clear.mutationOptions());
  const [asking, setAsking] = useState<Asking>(null);
  const [newKey, setNewKey] = useState<{ value: string; sessionContinues: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);

  function ask(action: Asking) {
    setError(null);
    setAsking(action);
  }

  const onError = (failure: ClientError) => {
    if (!leaveIfSignedOut(failure)) setError(failure.message);
  };

  function confirmRegenerate() {
    regenerate.mutate(undefined, {
      onSuccess: ({ apiKey, sessionContinues }) => {
        regenerate.reset();
        setAsking(null);
        setNewKey({ value: apiKey, sessionContinues });
      },
      onError,
    });
  }

  function closeNewKey() {
    const continues = newKey?.sessionContinues ?? true;
    setNewKey(null);
    if (!continues) leaveSessionExpired();
  }

  return (
    <>
      <div className="mt-5 flex flex-wrap gap-3">
        <button type="button" onClick={() => ask("regenerate")} className={primaryButton}>
          Générer une nouvelle clé
        </button>
        <button type="button" onClick={() => ask("clear")} className={dangerOutlineButton}>
          Supprimer ma clé
        </button>
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
        <p>
          {newKey?.sessionContinues === false
            ? "Votre session n'a pas pu être prolongée : reconnectez-vous avec cette clé après avoir fermé cette fenêtre."
            : "L'ancienne clé ne fonctionne plus. Votre session sur ce site continue avec la nouvelle."}
        </p>
      </SecretDialog>
    </>
  );
}
