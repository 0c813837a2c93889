// No `import "server-only"`: the front server (server/http, outside the Next.js bundles) keeps one too.
import { hostname } from "node:os";

import type { Store } from "../store/types";

/** The store's sequence of invalidations, and each one under `tags:event:<n>`. */
const SEQUENCE_KEY = "tags:sequence";
const EVENT_KEY = "tags:event:";
const SEQUENCE_TTL_MS = 365 * 24 * 60 * 60_000;
/** How long an invalidation stays readable in the store, and known here: longer than any cached value is served. */
export const EVENT_TTL_MS = 48 * 60 * 60_000;
/** Events read at most per look at the store; more than that (or a gap) counts as "everything changed". */
const MAX_EVENTS_PER_SYNC = 500;
/** An event numbered but not written yet (its writer is between two store calls) is waited for this long. */
const MISSING_EVENT_GRACE_MS = 5_000;

interface TagEvent {
  at: number;
  tags: string[];
  /** The process that wrote it (see PROCESS_ORIGIN). */
  origin?: string;
}

/**
 * This process, the same in both its module worlds (the Next.js bundles and the front server) without sharing
 * anything: its host, its pid, and when it started.
 */
const PROCESS_ORIGIN = `${hostname()}:${process.pid}:${performance.timeOrigin}`;

function parseEvent(raw: string | null): TagEvent | undefined {
  if (raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return undefined;
    const { at, tags, origin } = value as { at?: unknown; tags?: unknown; origin?: unknown };
    if (typeof at !== "number" || !Array.isArray(tags)) return undefined;
    const strings = tags.filter((tag): tag is string => typeof tag === "string");
    return { at, tags: strings, ...(typeof origin === "string" && { origin }) };
  } catch {
    return undefined;
  }
}

export interface TagClockOptions {
  now?: () => number;
  /** Written into this clock's events; those of the same origin are this process's own. */
  origin?: string;
  /**
   * Added to the time of another process's invalidations: for a cache whose values are made from another
   * cache that hears of them later (the page cache: pages rendered from the data cache, which looks every
   * second), so that what it made in between counts as made before them.
   */
  remoteLagMs?: number;
}

/**
 * When each cache tag was last invalidated, in this process: by its own writes at once (`record`), by every
 * instance's through the store (`sync`, which each instance runs every second). The store holds a numbered log
 * (a counter, and one key per event) rather than one key per tag: an instance reads only what is new since its
 * last look, however many tags its caches hold. Tags forgotten here (after EVENT_TTL_MS, or events it could not
 * read) are covered by `floor`: whatever is tagged and older than it counts as invalidated.
 */
export class TagClock {
  private readonly times = new Map<string, number>();
  private floor = 0;
  private seen: number | undefined;
  private missingSince: number | undefined;
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private readonly now: () => number;
  private readonly origin: string;
  private readonly remoteLagMs: number;
  /** When the store was last read successfully (0: never): events stored before then are known here. */
  syncedAt = 0;

  constructor(
    private readonly store: Store,
    { now = Date.now, origin = PROCESS_ORIGIN, remoteLagMs = 0 }: TagClockOptions = {},
  ) {
    this.now = now;
    this.origin = origin;
    this.remoteLagMs = remoteLagMs;
  }

  /** When any of `tags` was last invalidated (0 for none, and for an untagged value). */
  invalidatedAt(tags: readonly string[]): number {
    if (tags.length === 0) return 0;
    let latest = this.floor;
    for (const tag of tags) latest = Math.max(latest, this.times.get(tag) ?? 0);
    return latest;
  }

  /** Notes an invalidation here only (one this process made, or was told of). */
  record(tags: readonly string[], at: number): void {
    for (const tag of tags) this.times.set(tag, Math.max(at, this.times.get(tag) ?? 0));
  }

  /** Notes an invalidation here, and tells the other instances through the store. */
  async invalidate(tags: readonly string[], at = this.now()): Promise<void> {
    if (tags.length === 0) return;
    this.record(tags, at);
    const { count } = await this.store.increment(SEQUENCE_KEY, SEQUENCE_TTL_MS);
    await this.store.set(
      `${EVENT_KEY}${count}`,
      JSON.stringify({ at, tags: [...tags], origin: this.origin } satisfies TagEvent),
      EVENT_TTL_MS,
    );
  }

  /** Reads the events stored since the last look (one look at a time). A store that does not answer changes nothing. */
  sync(): Promise<void> {
    if (!this.running) {
      this.running = this.read().finally(() => (this.running = undefined));
      return this.running;
    }
    // The look under way may have read the store before the caller's moment (just after a write): another one
    // after it, which every caller until it starts shares.
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.sync();
      });
    return this.queued;
  }

  /**
   * Looks in the store now and every `everyMs` (for a cache that serves without asking, like the page cache);
   * returns the function that stops it.
   */
  watch(everyMs: number): () => void {
    const look = () => void this.sync().catch(() => undefined);
    look();
    const timer = setInterval(look, everyMs).unref();
    return () => clearInterval(timer);
  }

  private async read(): Promise<void> {
    const startedAt = this.now();
    const raw = await this.store.get(SEQUENCE_KEY);
    const latest = raw === null ? 0 : Number(raw);
    if (!Number.isSafeInteger(latest) || latest < 0) return;
    const firstLook = this.seen === undefined;
    if (this.seen === undefined) {
      // Events from before this process are replayed, as many as the store still has (they may have expired).
      this.seen = Math.max(0, latest - MAX_EVENTS_PER_SYNC);
    } else if (latest < this.seen) {
      // The log started again (a new store): what changed meanwhile is unknown.
      this.seen = 0;
      this.floor = startedAt;
    }
    const from = this.seen + 1;
    const to = Math.min(latest, this.seen + MAX_EVENTS_PER_SYNC);
    const numbers = Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
    const events = await Promise.all(numbers.map(async (n) => parseEvent(await this.store.get(`${EVENT_KEY}${n}`))));
    const lastPresent = events.findLastIndex((event) => event !== undefined);
    if (firstLook && from > 1) {
      // Older events than those replayed are not read: anything tagged from before the first one counts as changed.
      this.floor = Math.max(this.floor, events.find((event) => event !== undefined)?.at ?? startedAt);
    }
    for (const [index, event] of events.entries()) {
      if (event) this.record(event.tags, event.at + (event.origin === this.origin ? 0 : this.remoteLagMs));
      else if (firstLook) {
        // Expired, as those before a present one are, or perhaps in flight: the newest is not waited for, but
        // then anything tagged from before this look counts as changed.
        if (index > lastPresent) this.floor = startedAt;
      } else if (!this.waitedLongEnough(startedAt)) break;
      this.seen = numbers[index] ?? this.seen;
      if (event) this.missingSince = undefined;
    }
    if (to < latest) {
      // More events than one look reads: too many to replay, so everything tagged counts as changed.
      this.seen = latest;
      this.floor = startedAt;
    }
    this.forgetOld(startedAt);
    this.syncedAt = startedAt;
  }

  /**
   * An event numbered but absent: its writer may be between its two store calls, so it is waited for a few
   * seconds; past that (its writer failed) it is skipped, and everything tagged counts as changed.
   */
  private waitedLongEnough(now: number): boolean {
    this.missingSince ??= now;
    if (now - this.missingSince < MISSING_EVENT_GRACE_MS) return false;
    this.missingSince = undefined;
    this.floor = now;
    return true;
  }

  private forgetOld(now: number): void {
    const horizon = now - EVENT_TTL_MS;
    if (horizon <= 0) return;
    for (const [tag, at] of this.times) {
      if (at < horizon) {
        this.times.delete(tag);
        this.floor = Math.max(this.floor, at);
      }
    }
  }
}
