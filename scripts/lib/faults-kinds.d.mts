// Types of faults-kinds.mjs, for the e2e fault tests.

export declare const ANSWER_WITHIN_MS: number;
export declare const WRITE_TIMEOUT_MS: number;

export interface FaultKind {
  name: string;
  /** The body of `POST /_sandbox/faults`. */
  fault: { status?: number; hang?: boolean; malformed?: boolean; latencyMs?: number };
  /** What a page without older data may answer; the first is the error page's status. */
  pageStatuses: number[];
  /** The French sentence of the error page and of a failed write. */
  message: string;
  /** The HTTP status of a failed write's tRPC error, or "saved" when the write must succeed. */
  write: number | "saved";
}

export declare const FAULT_KINDS: readonly FaultKind[];
