// Types of chromium.mjs, for playwright.config.ts and other TypeScript callers.
export declare const CHROMIUM_ARGS: readonly string[];
export declare function findChromium(): string;
export declare function ensureDebianPackage(binary: string, pkg: string, hint?: string): string;
