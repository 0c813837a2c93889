"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";

import { useTRPC } from "~/components/trpc/provider";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { useTypedBeforeHydration } from "~/components/ui/use-typed-before-hydration";
import { Field } from "~/components/ui/field";
import { signOutTo } from "./end-session";
import { SecretDialog } from "~/components/ui/secret-dialog";
import { TokenList, tokenName, type Token } from "./token-list";
import { firstMessages } from "~/components/ui/failure";
import { useFailureOf } from "~/components/ui/use-failure";
import { leaveIfSignedOut } from "./end-session";
import { INPUT, PRIMARY_BUTTON } from "~/components/ui/styles";

/** API tokens (udata 16 and later): the active ones, a form to create one (shown once), revoke with a confirmation. */
export function TokensSection({ tokens }: { tokens: Token[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const failureOf = useFailureOf();
  const t = useTranslations("dashboard.apiKey.tokens");
  const create = useMutation(trpc.account.apiKey.createToken.mutationOptions({ gcTime: 0 }));
  const revoke = useMutation(trpc.account.apiKey.revokeToken.mutationOptions());
  const [name, setName] = useState("");
  const nameField = useRef<HTMLInputElement>(null);
  useTypedBeforeHydration(nameField, name, setName);
  const [nameError, setNameError] = useState<string | undefined>();
  const [created, setCreated] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<Token | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNameError(undefined);
    create.mutate(
      { name },
      {
        onSuccess: ({ token }) => {
          create.reset();
          setName("");
          setCreated(token);
          router.refresh();
        },
        onError: (error) => {
          if (leaveIfSignedOut(error)) return;
          const failure = failureOf(error);
          setNameError(firstMessages(failure).name ?? failure.message);
        },
      },
    );
  }

  function confirmRevoke(token: Token) {
    revoke.mutate(
      { id: token.id },
      {
        onSuccess: ({ signedOutTo }) => {
          if (signedOutTo) return void signOutTo(signedOutTo);
          setRevoking(null);
          setStatus(t("revoked", { name: tokenName(token, t) }));
          router.refresh();
        },
        onError: (error) => {
          if (leaveIfSignedOut(error)) return;
          setRevokeError(failureOf(error).message);
          // Already revoked or gone (data.gouv.fr's 410 or 404): the list must not show it any more.
          if (error.data?.code === "NOT_FOUND") router.refresh();
        },
      },
    );
  }

  return (
    <>
      <p role="status" aria-live="polite" className="mt-3 font-semibold">
        {status}
      </p>
      <TokenList
        tokens={tokens}
        onRevoke={(token) => {
          setRevokeError(null);
          setRevoking(token);
        }}
      />

      <form method="post" noValidate onSubmit={submit} className="mt-6">
        <h3 className="text-lg font-bold">{t("create")}</h3>
        <Field id="token-name" label={t("name")} optional hint={t("nameHint")} error={nameError}>
          {(control) => (
            <input
              {...control}
              ref={nameField}
              value={name}
              maxLength={255}
              onChange={(event) => setName(event.currentTarget.value)}
              autoComplete="off"
              className={`${INPUT} max-w-xl`}
            />
          )}
        </Field>
        <button type="submit" disabled={create.isPending} className={`mt-4 ${PRIMARY_BUTTON}`}>
          {create.isPending ? t("creating") : t("create")}
        </button>
      </form>

      <ConfirmDialog
        open={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t("revokeTitle", { name: revoking ? tokenName(revoking, t) : "" })}
        confirmLabel={t("revokeConfirm")}
        pendingLabel={t("revokePending")}
        pending={revoke.isPending}
        error={revokeError}
        onConfirm={() => revoking && confirmRevoke(revoking)}
      >
        <p>{t("revokeStops")}</p>
        {revoking?.usedBySession && <p>{t.rich("revokeSession", { strong: (chunks) => <strong>{chunks}</strong> })}</p>}
      </ConfirmDialog>

      <SecretDialog secret={created} onClose={() => setCreated(null)} title={t("newTitle")} label={t("newLabel")}>
        <p>
          {t.rich("newCopy", {
            strong: (chunks) => <strong>{chunks}</strong>,
            code: (chunks) => <code>{chunks}</code>,
          })}
        </p>
      </SecretDialog>
    </>
  );
}
