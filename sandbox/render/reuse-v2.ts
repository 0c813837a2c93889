import { type Context } from "../context";
import { type JsonObject } from "../json";
import { type ReuseRecord } from "../model";
import { type Caller } from "../visibility";
import { renderReuseWith } from "./reuse";

/**
 * A reuse as API v2 answers it (udata/core/reuse/apiv2.py `reuse_fields`): v1's fields, but `datasets` and
 * `dataservices` are links to their listings filtered on the reuse, `{rel, href, type, total}`. The sandbox
 * serves the dataservices one (routes/dataservices.ts), not the v2 datasets one.
 */
const LINKED_PAGE_SIZE = 50;

function link(href: string, total: number): JsonObject {
  return { href, rel: "subsection", total, type: "GET" };
}

export function renderReuseV2(ctx: Context, reuse: ReuseRecord, caller: Caller | null): JsonObject {
  const query = `reuse=${reuse.id}&page=1&page_size=${LINKED_PAGE_SIZE}`;
  return renderReuseWith(ctx, reuse, caller, {
    dataservices: link(`${ctx.base}/api/1/dataservices/?${query}`, reuse.dataservices.length),
    datasets: link(`${ctx.base}/api/2/datasets/?${query}`, reuse.datasets.length),
  });
}
