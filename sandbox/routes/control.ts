import { z } from "zod";
import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { udataTimestamp } from "../dates";
import { type Faults, faultSchema } from "../faults";
import { validationError } from "../http";
import { newObjectId, newSecret } from "../ids";
import { type UserRecord } from "../model";
import { type RequestLog } from "../request-log";
import { uniqueSlug } from "../slug";
import { parseBody } from "./control-body";
import { imitateUdata } from "./control-udata";

/** The sandbox's control routes, outside /api: accounts, request log, faults, reset, health. */
export interface ControlDependencies {
  log: RequestLog;
  faults: Faults;
  reset: () => Promise<void>;
}

const userSchema = z.object({
  first_name: z.string().trim().min(1).max(255),
  last_name: z.string().trim().min(1).max(255),
  organizations: z.array(z.string()).default([]),
  roles: z.array(z.literal("admin")).default([]),
});

async function createUser(ctx: Context, request: ApiRequest) {
  const input = await parseBody(request, userSchema);
  const organizations = input.organizations.map((id) => ctx.store.organization(id));
  const unknown = input.organizations.filter((_, index) => !organizations[index]);
  if (unknown.length > 0) throw validationError({ organizations: [`Unknown organization: ${unknown.join(", ")}`] });
  const now = udataTimestamp();
  const slug = uniqueSlug(`${input.first_name} ${input.last_name}`, (taken) => ctx.store.user(taken) !== undefined);
  const user: UserRecord = {
    id: newObjectId(),
    slug,
    first_name: input.first_name,
    last_name: input.last_name,
    about: null,
    website: null,
    email: `${slug}@example.org`,
    avatar: null,
    roles: input.roles,
    since: now,
    last_login_at: now,
    apikey: newSecret(),
    deleted: null,
  };
  ctx.store.addUser(user);
  ctx.store.setApiKey(user, user.apikey);
  imitateUdata(ctx, ctx.udata.version);
  for (const organization of organizations) if (organization) ctx.store.addMember(organization, user, "admin", now);
  return { status: 201, body: { id: user.id, slug: user.slug, apikey: user.apikey } };
}

export function controlRoutes(ctx: Context, deps: ControlDependencies): RouteDefinition[] {
  return [
    {
      method: "GET",
      path: "/_sandbox/health",
      handler: () => ({ status: 200, body: { status: "ok", reuses: ctx.store.state.reuses.length } }),
    },
    { method: "POST", path: "/_sandbox/users", handler: (request) => createUser(ctx, request) },
    { method: "GET", path: "/_sandbox/requests", handler: () => ({ status: 200, body: [...deps.log.list()] }) },
    {
      method: "DELETE",
      path: "/_sandbox/requests",
      handler: () => {
        deps.log.clear();
        return { status: 204 };
      },
    },
    {
      method: "POST",
      path: "/_sandbox/faults",
      handler: async (request) => {
        deps.faults.set(await parseBody(request, faultSchema));
        return { status: 200, body: deps.faults.describe() };
      },
    },
    {
      method: "DELETE",
      path: "/_sandbox/faults",
      handler: () => {
        deps.faults.clear();
        return { status: 204 };
      },
    },
    {
      method: "POST",
      path: "/_sandbox/reset",
      handler: async () => {
        await deps.reset();
        return {
          status: 200,
          body: { reuses: ctx.store.state.reuses.length, organizations: ctx.store.state.organizations.length },
        };
      },
    },
  ];
}
