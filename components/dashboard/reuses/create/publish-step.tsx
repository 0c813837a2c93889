"use client";

import { Content } from "~/components/i18n/content";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormContext, useWatch } from "react-hook-form";

import type { Choice } from "../form/reuse-fields";
import type { CreateFormInput } from "~/lib/reuses/reuse-form-schema";
import type { Producers } from "./producer-field";
import type { StepNumber } from "./steps";
import { PRIMARY_BUTTON, SECONDARY_BUTTON, SMALL_BUTTON } from "~/components/ui/styles";

interface PublishStepProps {
  producers: Producers;
  types: readonly Choice[];
  topics: readonly Choice[];
  hasImage: boolean;
  busy: boolean;
  onEdit: (step: StepNumber) => void;
  onSubmit: (publish: boolean) => void;
  onBack: () => void;
}

const EXCERPT = 160;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text);

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

const labelOf = (choices: readonly Choice[], id: string) => choices.find((choice) => choice.id === id)?.label ?? id;

/** Step 3: a summary of what will be sent, then publish it, or keep it as a draft only its producers see. */
export function PublishStep({ producers, types, topics, hasImage, busy, onEdit, onSubmit, onBack }: PublishStepProps) {
  const t = useTranslations("dashboard.create");
  const { control } = useFormContext<CreateFormInput>();
  const values = useWatch({ control, compute: (all: CreateFormInput) => all });
  const producer = producers.organizations.find((organization) => organization.id === values.producer);
  const edit = (step: StepNumber, what: string) => (
    <button type="button" onClick={() => onEdit(step)} className={SMALL_BUTTON}>
      {t("summary.edit")}
      <span className="sr-only"> {what}</span>
    </button>
  );

  return (
    <>
      <dl className="mt-4 divide-y divide-line rounded border border-line">
        <Row term={t("summary.producer")}>{producer?.name ?? t("producer.inMyName", { name: producers.name })}</Row>
        <Row term={t("summary.title")} action={edit(1, t("summary.editDescription"))}>
          {values.title}
        </Row>
        <Row term={t("summary.description")}>{excerpt(values.description)}</Row>
        <Row term={t("summary.typeAndTopic")}>
          {labelOf(types, values.type)} · {labelOf(topics, values.topic)}
        </Row>
        <Row term={t("summary.url")}>
          <span className="break-all">{values.url}</span>
        </Row>
        <Row term={t("summary.tags")}>{values.tags.length > 0 ? values.tags.join(", ") : t("summary.noTag")}</Row>
        <Row term={t("summary.image")}>{hasImage ? t("summary.withImage") : t("summary.noImage")}</Row>
        <Row term={t("summary.datasets")} action={edit(2, t("summary.editDatasets"))}>
          {values.datasets.length > 0 ? (
            <ul className="list-disc pl-5">
              {values.datasets.map((dataset) => (
                <li key={dataset.id}>
                  <Content>{dataset.title}</Content>
                </li>
              ))}
            </ul>
          ) : (
            t("summary.noDataset")
          )}
        </Row>
        <Row term={t("summary.dataservices")} action={edit(2, t("summary.editDatasets"))}>
          {values.dataservices.length > 0 ? (
            <ul className="list-disc pl-5">
              {values.dataservices.map((dataservice) => (
                <li key={dataservice.id}>
                  <Content>{dataservice.title}</Content>
                </li>
              ))}
            </ul>
          ) : (
            t("summary.noDataset")
          )}
        </Row>
      </dl>
      <ul className="mt-6 max-w-prose list-disc space-y-1 pl-6">
        <li>{t.rich("summary.published", { datasets: values.datasets.length, strong })}</li>
        <li>{t.rich("summary.draft", { strong })}</li>
      </ul>
      <div className="mt-8 flex flex-wrap gap-3">
        <button type="button" onClick={onBack} disabled={busy} className={SECONDARY_BUTTON}>
          {t("steps.back")}
        </button>
        <button type="button" onClick={() => onSubmit(false)} disabled={busy} className={SECONDARY_BUTTON}>
          {t("summary.saveDraft")}
        </button>
        <button type="button" onClick={() => onSubmit(true)} disabled={busy} className={PRIMARY_BUTTON}>
          {t("summary.publish")}
        </button>
      </div>
    </>
  );
}

function Row({ term, action, children }: { term: string; action?: ReactNode; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-start gap-x-4 gap-y-1 px-4 py-3 sm:flex-nowrap">
      <dt className="w-48 shrink-0 font-semibold">{term}</dt>
      <dd className="flex min-w-0 flex-1 flex-wrap items-start justify-between gap-2 break-words">
        <div className="min-w-0">{children}</div>
        {action}
      </dd>
    </div>
  );
}
