"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { z } from "zod";

import { clearDraft, type Draft, draftKey, readDraft, writeDraft } from "./draft-storage";

const SAVE_AFTER_MS = 300;

interface FormDraftOptions<T> {
  userId: string;
  /** The reuse's id, or "new". */
  reuseId: string;
  schema: z.ZodType<T>;
  /** What to keep now; null when there is nothing worth keeping (the form is as it was loaded). */
  snapshot: T | null;
  /** Called once, after the first render, with the draft found in the browser; false when it held nothing new. */
  onRestore: (draft: Draft<T>) => boolean;
}

/**
 * Autosaves a form in localStorage, per user and per reuse, a moment after each change and when the page is
 * left; restores it on the next visit. `finish()` after a successful save clears it and stops saving.
 */
export function useFormDraft<T>({ userId, reuseId, schema, snapshot, onRestore }: FormDraftOptions<T>) {
  const key = draftKey(userId, reuseId);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const finished = useRef(false);
  const latest = useRef<{ snapshot: T | null; onRestore: (draft: Draft<T>) => boolean }>({ snapshot, onRestore });
  useEffect(() => {
    latest.current = { snapshot, onRestore };
  });

  const save = useCallback(() => {
    if (finished.current) return;
    const { snapshot: current } = latest.current;
    if (current === null) clearDraft(localStorage, key);
    else writeDraft(localStorage, key, current);
  }, [key]);

  // Restores once, in the browser (localStorage does not exist on the server).
  useEffect(() => {
    const draft = readDraft(localStorage, key, schema);
    const restored = draft !== null && latest.current.onRestore(draft);
    setRestoredAt(restored ? draft.savedAt : null);
    setReady(true);
  }, [key, schema]);

  const serialized = JSON.stringify(snapshot);
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(save, SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [ready, serialized, save]);

  useEffect(() => {
    if (!ready) return;
    window.addEventListener("pagehide", save);
    return () => window.removeEventListener("pagehide", save);
  }, [ready, save]);

  return {
    /** When the restored draft was saved, while its notice is shown. */
    restoredAt,
    dismissNotice: () => setRestoredAt(null),
    /** After a successful save: no draft any more, and none saved from now on. */
    finish: () => {
      finished.current = true;
      clearDraft(localStorage, key);
    },
  };
}
