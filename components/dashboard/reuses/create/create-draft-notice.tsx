import { DraftNotice } from "../form/draft-notice";
import type { CreateProgress } from "./run-create";

interface CreateDraftNoticeProps {
  savedAt: string;
  progress: CreateProgress;
  onStartOver: () => void;
}

/** The create form came back from the browser's draft: what that means for the reuse and its image. */
export function CreateDraftNotice({ savedAt, progress, onStartOver }: CreateDraftNoticeProps) {
  return (
    <DraftNotice savedAt={savedAt} onDiscard={onStartOver} discardLabel="Effacer et recommencer">
      {progress.reuse && (
        <p className="mt-1">
          La réutilisation a déjà été créée, en brouillon : en terminant ce formulaire, vous la complétez.
        </p>
      )}
      {!progress.imageSent && (
        <p className="mt-1">L’image n’est pas gardée dans le brouillon : choisissez-la de nouveau.</p>
      )}
    </DraftNotice>
  );
}
