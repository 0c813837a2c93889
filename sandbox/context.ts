import { type IncomingMessage } from "node:http";
import { type VersionedCache } from "./cache";
import { type Reply } from "./http";
import { type JsonObject } from "./json";
import { type ReuseIndex } from "./reuse-index";
import { type ReuseSearch } from "./reuse-search";
import { type Store } from "./store";
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
