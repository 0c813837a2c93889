"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { reuseImageForm, sendImage } from "~/components/dashboard/upload/upload-request";
import { uploadFailureOf } from "~/components/ui/upload-failure";
import { useTRPC, useTRPCClient } from "~/components/trpc/provider";
import { useFailureOf, useSayReason } from "~/components/ui/use-failure";
import type { CreateFormValues } from "~/lib/reuses/reuse-form-schema";
import { type ImageChoice, bboxOf } from "../image/image-field";
import { type CreateActions, type CreatePhase, type CreateProgress, type ReuseRef, runCreate } from "./run-create";
import { type SubmitProblem, submitProblem } from "./submit-problem";

interface SubmissionOptions {
  image: ImageChoice | null;
  progress: CreateProgress;
  onProgress: (progress: CreateProgress) => void;
  /** Shows a failed attempt's field errors (udata's or the procedure's field names); returns those it could not. */
  onFieldErrors: (fieldErrors: Readonly<Record<string, string[]>>) => string[];
  onDone: (reuse: ReuseRef, published: boolean) => void;
}

/** The create form's submit: runs `runCreate` with the procedures, and says how it goes and why it failed. */
export function useCreateSubmission({ image, progress, onProgress, onFieldErrors, onDone }: SubmissionOptions) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const t = useTranslations("dashboard.create.problem");
  const say = useSayReason();
  const failureOf = useFailureOf();
  const create = useMutation(trpc.producerReuses.create.mutationOptions());
  const update = useMutation(trpc.producerReuses.update.mutationOptions());
  const addDatasets = useMutation(trpc.producerReuses.addDatasets.mutationOptions());
  const addDataservices = useMutation(trpc.producerReuses.addDataservices.mutationOptions());
  const setPrivate = useMutation(trpc.producerReuses.setPrivate.mutationOptions());
  const [phase, setPhase] = useState<CreatePhase | null>(null);
  const [uploaded, setUploaded] = useState(0);
  const [problem, setProblem] = useState<SubmitProblem | null>(null);

  const findByUrl = (url: string) =>
    queryClient.fetchQuery(trpc.producerReuses.findByUrl.queryOptions({ url }, { staleTime: 0 }));

  const actions: CreateActions = {
    findByUrl,
    create: (fields, organization) => create.mutateAsync({ ...fields, organization }),
    update: (id, fields, datasets, dataservices) =>
      update.mutateAsync({ id, ...fields, datasets, dataservices, private: true }),
    uploadImage: async (id) => {
      if (!image) return;
      setUploaded(0);
      const form = reuseImageForm(id, image.file, bboxOf(image));
      await sendImage(client, "producerReuses.uploadImage", form, setUploaded).catch((failed: unknown) => {
        throw uploadFailureOf(failed, say);
      });
    },
    addDatasets: async (id, datasets) => void (await addDatasets.mutateAsync({ id, datasets })),
    addDataservices: async (id, dataservices) => void (await addDataservices.mutateAsync({ id, dataservices })),
    publish: async (id) => void (await setPrivate.mutateAsync({ id, private: false })),
  };

  async function submit(values: CreateFormValues, publish: boolean) {
    setProblem(null);
    let current: CreatePhase | null = null;
    const request = {
      fields: {
        title: values.title,
        description: values.description,
        type: values.type,
        topic: values.topic,
        url: values.url,
        tags: values.tags,
      },
      organization: values.producer || undefined,
      datasets: values.datasets.map((dataset) => dataset.id),
      dataservices: values.dataservices.map((dataservice) => dataservice.id),
      hasImage: image !== null,
      publish,
    };
    const report = {
      phase: (next: CreatePhase) => {
        current = next;
        setPhase(next);
      },
      progress: onProgress,
    };
    try {
      onDone(await runCreate(request, progress, actions, report), publish);
    } catch (error) {
      const failure = failureOf(error);
      setProblem(submitProblem(t, failure, current, onFieldErrors(failure.fieldErrors)));
    } finally {
      setPhase(null);
    }
  }

  return { submit, phase, uploaded, problem, findByUrl };
}
