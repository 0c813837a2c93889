"use client";

import { useTranslatedResolver } from "~/components/ui/use-translated-resolver";
import { useTypedForm } from "~/components/ui/use-typed-form";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { refreshSession } from "~/components/auth/refresh-session";
import { useTRPC } from "~/components/trpc/provider";
import { Field } from "~/components/ui/field";
import { MarkdownPreview } from "./markdown-preview";
import {
  PROFILE_FORM_LIMITS,
  profileFormSchema,
  type ProfileFormInput,
  type ProfileFormValues,
} from "~/lib/account/profile-schema";
import { firstMessages } from "~/components/ui/failure";
import { useFailureOf } from "~/components/ui/use-failure";
import { leaveIfSignedOut } from "./end-session";
import { INPUT, PRIMARY_BUTTON, TEXTAREA } from "~/components/ui/styles";

const FIELDS = ["first_name", "last_name", "website", "about"] as const;

function isField(name: string): name is (typeof FIELDS)[number] {
  return (FIELDS as readonly string[]).includes(name);
}

/** Edits the public profile (`PUT /me/`); a failed save keeps what was typed and says why next to each field. */
export function ProfileForm({ defaults }: { defaults: ProfileFormInput }) {
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(trpc.account.profile.update.mutationOptions());
  const failureOf = useFailureOf();
  const t = useTranslations("dashboard.profile.form");
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useTypedForm<ProfileFormInput, ProfileFormValues>({
    resolver: useTranslatedResolver(profileFormSchema, PROFILE_FORM_LIMITS),
    defaultValues: defaults,
  });
  const { errors } = form.formState;

  function save(values: ProfileFormValues) {
    setStatus(null);
    update.mutate(values, {
      onSuccess: (profile) => {
        form.reset({
          first_name: profile.first_name,
          last_name: profile.last_name,
          website: profile.website ?? "",
          about: profile.about ?? "",
        });
        setStatus({ ok: true, text: t("saved") });
        // The header and the dashboard show the new name at once, not at the next sign-in.
        void refreshSession().then(() => router.refresh());
      },
      onError: (error) => {
        if (leaveIfSignedOut(error)) return;
        const failure = failureOf(error);
        const byField = Object.entries(firstMessages(failure));
        for (const [field, message] of byField)
          if (isField(field)) form.setError(field, { message }, { shouldFocus: true });
        setStatus({ ok: false, text: byField.length > 0 ? t("fixFields") : failure.message });
      },
    });
  }

  return (
    <form method="post" noValidate onSubmit={form.handleSubmit(save)}>
      <Field id="first_name" label={t("firstName")} error={errors.first_name?.message}>
        {(control) => (
          <input
            {...control}
            {...form.register("first_name")}
            autoComplete="given-name"
            className={`${INPUT} max-w-xl`}
          />
        )}
      </Field>
      <Field id="last_name" label={t("lastName")} error={errors.last_name?.message}>
        {(control) => (
          <input
            {...control}
            {...form.register("last_name")}
            autoComplete="family-name"
            className={`${INPUT} max-w-xl`}
          />
        )}
      </Field>
      <Field id="website" label={t("website")} optional hint={t("websiteHint")} error={errors.website?.message}>
        {(control) => (
          <input
            {...control}
            {...form.register("website")}
            type="url"
            autoComplete="url"
            className={`${INPUT} max-w-xl`}
          />
        )}
      </Field>
      <Field id="about" label={t("about")} optional hint={t("aboutHint")} error={errors.about?.message}>
        {(control) => <textarea {...control} {...form.register("about")} rows={6} className={`${TEXTAREA} max-w-xl`} />}
      </Field>
      <MarkdownPreview read={() => form.getValues("about")} />
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <button type="submit" disabled={update.isPending} className={PRIMARY_BUTTON}>
          {update.isPending ? t("saving") : t("save")}
        </button>
        <p role="status" aria-live="polite" className={`font-semibold ${status?.ok === false ? "text-danger" : ""}`}>
          {status?.text}
        </p>
      </div>
    </form>
  );
}
