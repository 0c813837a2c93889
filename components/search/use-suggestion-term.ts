"use client";

import { useEffect, useState } from "react";

/** Suggestions are asked for from this many characters, once typing has paused this long. */
const MIN_CHARS = 2;
const DEBOUNCE_MS = 200;

/**
 * The text to ask suggestions for: what is typed, once typing pauses, and only from MIN_CHARS characters
 * (`enabled`). The query aborts the request for a superseded text when the next one starts.
 */
export function useSuggestionTerm(typed: string) {
  const text = typed.trim();
  const [term, setTerm] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setTerm(text), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return { term, enabled: term.length >= MIN_CHARS && text.length >= MIN_CHARS };
}
