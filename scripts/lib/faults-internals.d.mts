// Types of faults-internals.mjs, for the e2e fault tests.

export declare function internalsIn(
  text: string,
  options: { sandboxUrl: string; codes?: boolean; upstreamHost?: boolean },
): string[];
