import { z } from "zod";

import type { Locale } from "~/lib/i18n/locales";
import { perLocale } from "~/lib/i18n/intl-locale";

/**
 * Drafts of the reuse forms, kept in the browser's localStorage per user and per reuse (`new` for the create
 * form), so that a failed submit, a reload or a crash loses nothing. A draft holds form fields only: never the
 * key, nothing a page did not show the user.
 */
const PREFIX = "reuses-portal:draft:v1";

export function draftKey(userId: string, reuseId: string): string {
  return `${PREFIX}:${userId}:${reuseId}`;
}

export interface Draft<T> {
  /** ISO date of the last save. */
  savedAt: string;
  data: T;
}

/** The draft under `key` if there is one and it still has the expected shape (an older version is dropped). */
export function readDraft<T>(storage: Storage, key: string, schema: z.ZodType<T>): Draft<T> | null {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return null;
    const parsed = z.object({ savedAt: z.string(), data: schema }).safeParse(JSON.parse(raw));
    if (parsed.success) return { savedAt: parsed.data.savedAt, data: parsed.data.data };
  } catch {
    // Unreadable: storage disabled, or not JSON.
  }
  storage.removeItem(key);
  return null;
}

/** Saves; a full or disabled storage only costs the draft, not the form. */
export function writeDraft<T>(storage: Storage, key: string, data: T, now = new Date()): void {
  try {
    storage.setItem(key, JSON.stringify({ savedAt: now.toISOString(), data }));
  } catch {
    // Quota exceeded or storage disabled: nothing else to do.
  }
}

export function clearDraft(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Storage disabled.
  }
}

const savedAtFormat = perLocale(
  (tag) => new Intl.DateTimeFormat(tag, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" }),
);

/** "12 mars 2026 à 14:05", "12 March 2026 at 14:05". */
export function formatSavedAt(savedAt: string, locale: Locale): string {
  const date = new Date(savedAt);
  return Number.isNaN(date.getTime()) ? savedAt : savedAtFormat(locale).format(date);
}
