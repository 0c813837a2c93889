import { z } from "zod";
import { type Context, type RouteDefinition } from "../context";
import { udataTimestamp } from "../dates";
import { UDATA_VERSIONS, type UdataVersion } from "../udata-version";
import { parseBody } from "./control-body";

/**
 * Makes the sandbox imitate udata `version`. Moving to 17 runs udata's migration of API keys to tokens, as an
 * upgraded data.gouv.fr did; it also runs after every new account, whose key is then a migrated one.
 */
export function imitateUdata(ctx: Context, version: UdataVersion): void {
  ctx.udata.version = version;
  if (ctx.udata.hasApiTokens) ctx.store.migrateApiKeys(udataTimestamp());
}

const versionSchema = z.object({ version: z.literal(UDATA_VERSIONS) });

export function udataControlRoutes(ctx: Context): RouteDefinition[] {
  return [
    {
      method: "POST",
      path: "/_sandbox/udata",
      handler: async (request) => {
        imitateUdata(ctx, (await parseBody(request, versionSchema)).version);
        return { status: 200, body: { version: ctx.udata.version } };
      },
    },
  ];
}
