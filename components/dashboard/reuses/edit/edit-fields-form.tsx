"use client";

import { useTranslatedResolver } from "~/components/ui/use-translated-resolver";
import { useTypedForm } from "~/components/ui/use-typed-form";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormProvider, useWatch } from "react-hook-form";

import { useTRPC } from "~/components/trpc/provider";
import { applyFieldErrors } from "../form/apply-field-errors";
import { DraftNotice } from "../form/draft-notice";
import { RequiredNote } from "~/components/ui/field";
import { useFailureOf } from "~/components/ui/use-failure";
import { ProblemAlert } from "../form/problem-alert";
import { type Choice, ReuseFields } from "../form/reuse-fields";
import {
  REUSE_FIELD_NAMES,
  type ReuseFields as Fields,
  type ReuseFieldsInput,
  reuseFieldsDraftSchema,
  REUSE_FORM_LIMITS,
  reuseFieldsSchema,
} from "~/lib/reuses/reuse-form-schema";
import { useFormDraft } from "../form/use-form-draft";
import { useUrlOwner } from "../form/use-url-owner";
import { ActionOutcome, useReuseActions } from "./actions";
import { changedFields } from "./changed-fields";
import { PRIMARY_BUTTON } from "~/components/ui/styles";

interface EditFieldsFormProps {
  userId: string;
  reuseId: string;
  saved: ReuseFieldsInput;
  types: readonly Choice[];
  topics: readonly Choice[];
}

const fieldOf = (name: string) => REUSE_FIELD_NAMES.find((field) => field === name);

/** Every field of the reuse; "Enregistrer" sends only those changed (udata's PUT is partial). Autosaved as a draft. */
export function EditFieldsForm({ userId, reuseId, saved, types, topics }: EditFieldsFormProps) {
  const t = useTranslations("dashboard.edit.fields");
  const trpc = useTRPC();
  const update = useMutation(trpc.producerReuses.update.mutationOptions());
  const actions = useReuseActions();
  const [problem, setProblem] = useState<string | null>(null);
  const failureOf = useFailureOf();
  const form = useTypedForm<ReuseFieldsInput, Fields>({
    resolver: useTranslatedResolver(reuseFieldsSchema, REUSE_FORM_LIMITS),
    defaultValues: saved,
    mode: "onTouched",
  });
  const values = useWatch({ control: form.control, compute: (all: ReuseFieldsInput) => all });
  const urlOwner = useUrlOwner(values.url);
  const draft = useFormDraft({
    userId,
    reuseId,
    schema: reuseFieldsDraftSchema,
    snapshot: form.formState.isDirty ? values : null,
    onRestore: ({ data }) => {
      if (Object.keys(changedFields(saved, data)).length === 0) return false;
      form.reset(form.withTyped(data), { keepDefaultValues: true });
      return true;
    },
  });

  const onSubmit = form.handleSubmit(async (valid) => {
    setProblem(null);
    const changes = changedFields(saved, valid);
    if (Object.keys(changes).length === 0) return actions.tell("fields", t("nothingChanged"));
    const done = await actions.run(
      "fields",
      () =>
        update.mutateAsync({ id: reuseId, ...changes }).catch((error: unknown) => {
          const failure = failureOf(error);
          const { placed, unplaced } = applyFieldErrors(form.setError, failure.fieldErrors, fieldOf);
          if (failure.fieldErrors.url) void urlOwner.lookup(valid.url);
          const [first] = placed;
          if (first) form.setFocus(first);
          setProblem([failure.message, ...unplaced].join(" "));
          throw error;
        }),
      t("savedDone"),
    );
    if (done) form.reset(valid);
  });

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit}>
        {draft.restoredAt && (
          <DraftNotice
            savedAt={draft.restoredAt}
            discardLabel={t("discardDraft")}
            onDiscard={() => {
              form.reset(saved);
              draft.dismissNotice();
            }}
          >
            <p className="mt-1">{t("draftNotSaved")}</p>
          </DraftNotice>
        )}
        {problem && <ProblemAlert text={problem} />}
        <RequiredNote />
        <ReuseFields types={types} topics={topics} urlErrorExtra={urlOwner.extra} />
        <button type="submit" disabled={actions.pending !== null} className={`mt-8 ${PRIMARY_BUTTON}`}>
          {actions.pending === "fields" ? t("saving") : t("save")}
        </button>
        <ActionOutcome names={["fields"]} />
      </form>
    </FormProvider>
  );
}
