// Types of paths.mjs, for playwright.config.ts and other TypeScript callers.
type Command = [command: string, args: string[]];

export declare const ROOT: string;
export declare function tool(
  name: "next" | "tsx" | "eslint" | "prettier" | "tsc" | "vitest" | "playwright" | "knip",
  args?: string[],
): Command;
export declare function sandboxCommand(): Command;
export declare function serverCommand(): Command;
export declare function toShell(command: Command): string;
export declare function isBuilt(): boolean;
