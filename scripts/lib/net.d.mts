// Types of net.mjs, for playwright.config.ts and other TypeScript callers.
import type { ChildProcess } from "node:child_process";

export declare function freePort(): Promise<number>;
export declare function freePortSync(): number;
export declare function isPortInUse(port: number): Promise<boolean>;
export declare function waitForUrl(
  url: string,
  timeoutMs?: number,
  options?: { child?: ChildProcess; accept?: (status: number) => boolean },
): Promise<number>;
