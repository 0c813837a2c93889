// Types of scale-disk-mount.mjs, for the store's unit tests (server/store/data-dir.test.ts).
export declare function canMount(): boolean;
export declare function mountTmpfs(dir: string, size: string, options?: string): string;
export declare function remountReadOnly(dir: string): void;
export declare function unmountAll(): void;
export declare function fillDisk(file: string): number;
export declare function integrityCheck(file: string): unknown;
