import { describe, expect, it } from "vitest";
import { z } from "zod";

import { clearDraft, draftKey, formatSavedAt, readDraft, writeDraft } from "./draft-storage";

/** localStorage's interface over a Map. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const schema = z.object({ title: z.string() });

describe("reuse form drafts", () => {
  it("are kept per user and per reuse", () => {
    expect(draftKey("u1", "new")).not.toBe(draftKey("u2", "new"));
    expect(draftKey("u1", "new")).not.toBe(draftKey("u1", "65f0c0ffee0000000000000a"));
  });

  it("are read back as written, then cleared", () => {
    const storage = new MemoryStorage();
    const key = draftKey("u1", "new");
    writeDraft(storage, key, { title: "Ma carte" }, new Date("2026-03-12T13:05:00Z"));
    expect(readDraft(storage, key, schema)).toEqual({
      savedAt: "2026-03-12T13:05:00.000Z",
      data: { title: "Ma carte" },
    });
    clearDraft(storage, key);
    expect(readDraft(storage, key, schema)).toBeNull();
  });

  it("drops what is not a draft of the expected shape", () => {
    const storage = new MemoryStorage();
    for (const raw of ["{broken", JSON.stringify({ savedAt: "x", data: { title: 3 } })]) {
      storage.setItem("k", raw);
      expect(readDraft(storage, "k", schema)).toBeNull();
      expect(storage.getItem("k")).toBeNull();
    }
  });

  it("costs nothing but the draft when the storage refuses to save", () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    expect(() => writeDraft(storage, "k", { title: "x" })).not.toThrow();
  });
});

describe("formatSavedAt", () => {
  it("says when a draft was saved, in Paris time, in the space's language", () => {
    expect(formatSavedAt("2026-03-12T13:05:00Z", "fr")).toBe("12 mars 2026 à 14:05");
    expect(formatSavedAt("2026-03-12T13:05:00Z", "en")).toBe("12 March 2026 at 14:05");
    expect(formatSavedAt("unreadable", "en")).toBe("unreadable");
  });
});
