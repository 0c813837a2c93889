import { type IncomingMessage } from "node:http";
import { VersionedCache } from "./cache";
import { type DerivedCounts, countRelations } from "./counts";
import { type Reply } from "./http";
import { type JsonObject } from "./json";
import { ReuseIndex } from "./reuse-index";
import { ReuseSearch } from "./reuse-search";
import { type Store } from "./store";
import { type UdataProfile } from "./udata-version";
import { type Caller } from "./visibility";

/** What every route handler gets: the sandbox it runs in, and the request. */
export interface Context {
  store: Store;
  /** Absolute base URL of this sandbox (`http://127.0.0.1:7000`): every URL it answers starts with it. */
  base: string;
  uploadsDir: string;
  reuses: ReuseIndex;
  /** API v2's reuse search. */
  search: ReuseSearch;
  /** Rendered datasets: reuses embed them, so each is rendered once per store version. */
  datasetJson: VersionedCache<string, JsonObject | null>;
  /** The counts udata derives from other objects (metrics), for the current store version. */
  counts: () => DerivedCounts;
  /** The udata version imitated now. */
  udata: UdataProfile;
}

export interface ApiRequest {
  method: string;
  url: URL;
  params: Record<string, string>;
  caller: Caller | null;
  raw: IncomingMessage;
}

export type Handler = (request: ApiRequest) => Reply | Promise<Reply>;

export interface RouteDefinition {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  handler: Handler;
}

/** The context of a sandbox over `store`, its caches following the store's version. */
export function createContext(store: Store, base: string, uploadsDir: string, udata: UdataProfile): Context {
  const counts = new VersionedCache<"all", DerivedCounts>(() => store.version, 1);
  return {
    store,
    base,
    uploadsDir,
    reuses: new ReuseIndex(store),
    search: new ReuseSearch(store),
    datasetJson: new VersionedCache(() => store.version),
    counts: () => counts.get("all", () => countRelations(store.state)),
    udata,
  };
}
