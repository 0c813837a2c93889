"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, useRef, useState } from "react";

import { useTRPC } from "~/components/trpc/provider";
import { signOutTo } from "./end-session";
import { Field } from "~/components/ui/field";
import { useTypedBeforeHydration } from "~/components/ui/use-typed-before-hydration";
import { leaveIfSignedOut } from "./end-session";
import { DANGER_BUTTON, INPUT } from "~/components/ui/styles";
import { useFailureOf } from "~/components/ui/use-failure";

/** Deletes the account (`DELETE /me/`) once its identifier has been typed; the session then ends. */
export function DeleteAccountForm({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const failureOf = useFailureOf();
  const t = useTranslations("dashboard.profile.delete");
  const remove = useMutation(trpc.account.profile.delete.mutationOptions());
  const [typed, setTyped] = useState("");
  const confirmField = useRef<HTMLInputElement>(null);
  useTypedBeforeHydration(confirmField, typed, setTyped);
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (typed.trim() !== slug) {
      setError(t("mismatch", { slug }));
      document.getElementById("confirm-slug")?.focus();
      return;
    }
    setError(undefined);
    remove.mutate(
      { slug: typed.trim() },
      {
        onSuccess: ({ signedOutTo }) => void signOutTo(signedOutTo),
        onError: (error) => {
          if (!leaveIfSignedOut(error)) setError(failureOf(error).message);
        },
      },
    );
  }

  return (
    <form method="post" noValidate onSubmit={submit} className="mt-4">
      <Field
        id="confirm-slug"
        label={t.rich("label", {
          slug,
          code: (chunks) => <code className="rounded bg-surface px-1 font-mono">{chunks}</code>,
        })}
        error={error}
      >
        {(control) => (
          <input
            {...control}
            ref={confirmField}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            className={`${INPUT} max-w-xl font-mono`}
          />
        )}
      </Field>
      <button type="submit" disabled={remove.isPending} className={`mt-5 ${DANGER_BUTTON}`}>
        {remove.isPending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
