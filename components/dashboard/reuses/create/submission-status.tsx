import { useTranslations } from "next-intl";

import type { CreatePhase } from "./run-create";

/** What the submit is doing, step by step, with the image's upload progress. Always there, so it is announced. */
export function SubmissionStatus({ phase, uploaded }: { phase: CreatePhase | null; uploaded: number }) {
  const t = useTranslations("dashboard.create.phases");
  const percent = Math.round(uploaded * 100);
  return (
    <div role="status" className="mt-6">
      {phase && <p className="font-semibold">{t(phase)}</p>}
      {phase === "image" && (
        <div className="mt-2 flex max-w-md items-center gap-3">
          <progress max={100} value={percent} aria-label={t("imageProgress")} className="h-3 flex-1 accent-brand">
            {t("percent", { percent })}
          </progress>
          <span aria-hidden="true">{t("percent", { percent })}</span>
        </div>
      )}
    </div>
  );
}
