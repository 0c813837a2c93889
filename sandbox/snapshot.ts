import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type State } from "./model";
import { SEED_VERSION } from "./seed/builder";

/**
 * The state persists as one JSON file, written atomically (temporary file, then rename) a moment
 * after the last write, so that a burst of writes costs one snapshot.
 */
const FILE = "state.json";

export async function readSnapshot(dir: string): Promise<State | null> {
  try {
    const state = JSON.parse(await readFile(join(dir, FILE), "utf8")) as State;
    return state.seedVersion === SEED_VERSION ? state : null;
  } catch {
    return null;
  }
}

export async function writeSnapshot(dir: string, state: State): Promise<void> {
  await mkdir(dir, { recursive: true });
  // A name of its own: a reset may write while the writer below is writing.
  const temporary = join(dir, `${FILE}.${randomUUID()}.tmp`);
  await writeFile(temporary, JSON.stringify(state));
  await rename(temporary, join(dir, FILE));
}

export class SnapshotWriter {
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly state: () => State,
    private readonly delayMs = 200,
  ) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes now (after any write in progress) if a snapshot is pending. */
  async flush(): Promise<void> {
    if (!this.timer) return this.writing;
    clearTimeout(this.timer);
    this.timer = null;
    this.writing = this.writing
      .then(() => writeSnapshot(this.dir, this.state()))
      .catch((error: unknown) => {
        console.error("sandbox: could not write the snapshot", error);
      });
    return this.writing;
  }
}
