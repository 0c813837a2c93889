"use client";

import { useTranslatedResolver } from "~/components/ui/use-translated-resolver";
import { useTypedForm } from "~/components/ui/use-typed-form";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useWatch } from "react-hook-form";

import { applyFieldErrors } from "../form/apply-field-errors";
import { RequiredNote } from "~/components/ui/field";
import { type Choice, ReuseFields } from "../form/reuse-fields";
import { ProblemAlert } from "../form/problem-alert";
import {
  type CreateFormInput,
  type CreateFormValues,
  createFormSchema,
  REUSE_FORM_LIMITS,
  EMPTY_CREATE_FORM,
  FIELD_OF_UPSTREAM,
} from "~/lib/reuses/reuse-form-schema";
import { useFormDraft } from "../form/use-form-draft";
import { useUrlOwner } from "../form/use-url-owner";
import { ImageField, type ImageChoice } from "../image/image-field";
import { type CreateDraft, createDraftSchema, FIELD_IDS } from "./create-draft";
import { CreateDraftNotice } from "./create-draft-notice";
import { DatasetsStep } from "./datasets-step";
import { type Producers, ProducerField } from "./producer-field";
import { PublishStep } from "./publish-step";
import { NO_PROGRESS, type CreateProgress } from "./run-create";
import { StepIndicator } from "./step-indicator";
import { StepNav } from "./step-nav";
import { StepSection } from "./step-section";
import { STEPS } from "./steps";
import { SubmissionStatus } from "./submission-status";
import { useCreateSubmission } from "./use-create-submission";
import { useSteps } from "./use-steps";

interface CreateWizardProps {
  userId: string;
  producers: Producers;
  types: readonly Choice[];
  topics: readonly Choice[];
}

/** The create form in three steps (describe, link datasets, publish), autosaved as a draft in the browser. */
export function CreateWizard({ userId, producers, types, topics }: CreateWizardProps) {
  const t = useTranslations("dashboard.create.steps");
  const router = useRouter();
  const form = useTypedForm<CreateFormInput, CreateFormValues>({
    resolver: useTranslatedResolver(createFormSchema, REUSE_FORM_LIMITS),
    defaultValues: EMPTY_CREATE_FORM,
    mode: "onTouched",
  });
  const { step, setStep, goTo, focusFirstError } = useSteps();
  const [image, setImage] = useState<ImageChoice | null>(null);
  const [imageError, setImageError] = useState<string>();
  const [progress, setProgress] = useState<CreateProgress>(NO_PROGRESS);
  const values = useWatch({ control: form.control, compute: (all: CreateFormInput) => all });
  const urlOwner = useUrlOwner(values.url);

  const worthKeeping = form.formState.isDirty || progress.reuse !== null || progress.uncertain;
  const draft = useFormDraft<CreateDraft>({
    userId,
    reuseId: "new",
    schema: createDraftSchema,
    snapshot: worthKeeping ? { step, values, progress } : null,
    onRestore: ({ data }) => {
      form.reset(form.withTyped(data.values), { keepDefaultValues: true });
      setStep(data.step);
      setProgress(data.progress);
      return true;
    },
  });

  const submission = useCreateSubmission({
    image,
    progress,
    onProgress: setProgress,
    onFieldErrors: ({ file, bbox, ...fieldErrors }) => {
      const imageMessages = [...(file ?? []), ...(bbox ?? [])];
      if (imageMessages.length > 0) setImageError(imageMessages.join(" "));
      const { placed, unplaced } = applyFieldErrors(form.setError, fieldErrors, (name) => FIELD_OF_UPSTREAM.get(name));
      if (fieldErrors.url) void urlOwner.lookup(form.getValues("url"));
      focusFirstError(imageMessages.length > 0 ? [...placed, "image"] : placed);
      return unplaced;
    },
    onDone: (reuse, published) => {
      draft.finish();
      router.push(`/dashboard/reuses/${reuse.id}?created=${published ? "published" : "draft"}`);
    },
  });
  const busy = submission.phase !== null;

  async function next() {
    const fields = STEPS[step - 1]?.fields ?? [];
    if (await form.trigger([...fields], { shouldFocus: true })) goTo(step === 1 ? 2 : 3, "heading");
  }

  const submitAs = (publish: boolean) =>
    void form.handleSubmit(
      (valid) => submission.submit(valid, publish),
      (errors) => focusFirstError(Object.keys(errors)),
    )();

  function startOver() {
    form.reset(EMPTY_CREATE_FORM);
    setImage(null);
    setProgress(NO_PROGRESS);
    draft.dismissNotice();
    goTo(1, "heading");
  }

  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step < 3) void next();
        }}
      >
        <StepIndicator current={step} />
        {draft.restoredAt && (
          <CreateDraftNotice savedAt={draft.restoredAt} progress={progress} onStartOver={startOver} />
        )}
        {submission.problem && (
          <ProblemAlert
            text={submission.problem.text}
            signInFrom={submission.problem.signIn ? "/dashboard/reuses/new" : undefined}
          />
        )}

        <StepSection number={1} current={step} title={t("describe")}>
          <RequiredNote />
          <ProducerField producers={producers} />
          <ReuseFields types={types} topics={topics} urlErrorExtra={urlOwner.extra} />
          <ImageField
            id={FIELD_IDS.image}
            value={image}
            error={imageError}
            onChange={(chosen) => {
              setImage(chosen);
              setImageError(undefined);
              setProgress((current) => ({ ...current, imageSent: false }));
            }}
          />
          <StepNav onNext={next} nextLabel={t("nextDatasets")} />
        </StepSection>
        <StepSection number={2} current={step} title={t("datasets")}>
          <DatasetsStep />
          <StepNav onBack={() => goTo(1, "heading")} onNext={next} nextLabel={t("nextPublish")} />
        </StepSection>
        <StepSection number={3} current={step} title={t("publish")}>
          <PublishStep
            producers={producers}
            types={types}
            topics={topics}
            hasImage={image !== null}
            busy={busy}
            onEdit={(target) => goTo(target, "heading")}
            onBack={() => goTo(2, "heading")}
            onSubmit={submitAs}
          />
          <SubmissionStatus phase={submission.phase} uploaded={submission.uploaded} />
        </StepSection>
      </form>
    </FormProvider>
  );
}
