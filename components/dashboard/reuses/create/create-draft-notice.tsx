import { useTranslations } from "next-intl";

import { DraftNotice } from "../form/draft-notice";
import type { CreateProgress } from "./run-create";

interface CreateDraftNoticeProps {
  savedAt: string;
  progress: CreateProgress;
  onStartOver: () => void;
}

/** The create form came back from the browser's draft: what that means for the reuse and its image. */
export function CreateDraftNotice({ savedAt, progress, onStartOver }: CreateDraftNoticeProps) {
  const t = useTranslations("dashboard.create.draft");
  return (
    <DraftNotice savedAt={savedAt} onDiscard={onStartOver} discardLabel={t("startOver")}>
      {progress.reuse && <p className="mt-1">{t("reuseCreated")}</p>}
      {!progress.imageSent && <p className="mt-1">{t("imageNotKept")}</p>}
    </DraftNotice>
  );
}
