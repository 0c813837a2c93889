"use client";

import { type MouseEvent, type RefObject, useRef, useState } from "react";

import { useHydrated } from "~/components/search/use-hydrated";
import { ModalDialog } from "~/components/ui/modal-dialog";
import { SECONDARY_BUTTON } from "~/components/ui/styles";
import { CopyField, type CopyWords } from "./copy-field";

interface EmbedWords {
  open: string;
  instructions: string;
  preview: string;
  newTab: string;
  close: string;
  snippet: CopyWords;
}

interface EmbedDialogProps {
  /** The `<iframe>` to paste. */
  snippet: string;
  /** The card itself, to see what it looks like. */
  previewHref: string;
  words: EmbedWords;
}

/**
 * "Intégrer": the iframe snippet to copy. A disclosure (`<details>`) that opens in place without JavaScript;
 * once the page runs its scripts, the same summary opens a modal dialog instead (focus on the snippet, Escape
 * closes, focus back on the summary). The summary stays the same element either way, so hydrating under a
 * keyboard user's focus moves nothing.
 */
export function EmbedDialog({ snippet, previewHref, words }: EmbedDialogProps) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);

  function openDialog(event: MouseEvent<HTMLElement>) {
    // A disclosure the visitor opened before the scripts came closes as usual.
    if (!hydrated || (event.currentTarget.parentElement as HTMLDetailsElement | null)?.open) return;
    event.preventDefault();
    setOpen(true);
  }

  return (
    <>
      <details>
        <summary className={`${SECONDARY_BUTTON} cursor-pointer`} onClick={openDialog}>
          {words.open}
        </summary>
        <SnippetPanel fieldId="code-integration" snippet={snippet} previewHref={previewHref} words={words} />
      </details>
      {hydrated && (
        <ModalDialog open={open} onClose={() => setOpen(false)} title={words.open} initialFocus={field}>
          {open && (
            <SnippetPanel
              fieldId="code-integration-dialogue"
              fieldRef={field}
              snippet={snippet}
              previewHref={previewHref}
              words={words}
            />
          )}
          <p className="mt-6">
            <button type="button" className={SECONDARY_BUTTON} onClick={() => setOpen(false)}>
              {words.close}
            </button>
          </p>
        </ModalDialog>
      )}
    </>
  );
}

interface SnippetPanelProps extends EmbedDialogProps {
  /** Distinct in the disclosure and in the dialog: both are in the page. */
  fieldId: string;
  fieldRef?: RefObject<HTMLTextAreaElement | null>;
}

/** What to do, the snippet to copy, and the card to look at. */
function SnippetPanel({ fieldId, fieldRef, snippet, previewHref, words }: SnippetPanelProps) {
  return (
    <div className="mt-4 space-y-4">
      <p>{words.instructions}</p>
      <CopyField id={fieldId} value={snippet} words={words.snippet} multiline fieldRef={fieldRef} />
      <p>
        <a href={previewHref} target="_blank" rel="noopener">
          {words.preview} <span className="sr-only">{words.newTab}</span>
        </a>
      </p>
    </div>
  );
}
