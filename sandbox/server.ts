import { once } from "node:events";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { handleApi } from "./api";
import { type Handler, type RouteDefinition, createContext } from "./context";
import { Faults } from "./faults";
import { notFound, replyOf, send } from "./http";
import { NOT_FOUND, htmlReply } from "./pages/layout";
import { RequestLog } from "./request-log";
import { Router } from "./router";
import { controlRoutes } from "./routes/control";
import { datasetRoutes } from "./routes/datasets";
import { dataserviceRoutes } from "./routes/dataservices";
import { datasetWriteRoutes } from "./routes/dataset-writes";
import { discussionRoutes } from "./routes/discussions";
import { followerRoutes } from "./routes/followers";
import { imageRoutes } from "./routes/images";
import { meListRoutes } from "./routes/me-lists";
import { meRoutes } from "./routes/me";
import { metricsRoutes } from "./routes/metrics";
import { organizationRoutes } from "./routes/organizations";
import { pageRoutes } from "./routes/pages";
import { resourceRedirectRoutes } from "./routes/resource-redirect";
import { reportRoutes } from "./routes/reports";
import { reuseActionRoutes } from "./routes/reuse-actions";
import { reuseReadRoutes } from "./routes/reuses";
import { reuseFeedRoutes } from "./routes/reuse-feed";
import { reuseSearchRoutes } from "./routes/reuse-search";
import { reuseWriteRoutes } from "./routes/reuse-writes";
import { apiTokenRoutes } from "./routes/api-tokens";
import { badgeControlRoutes, badgeRoutes } from "./routes/badges";
import { imitateUdata, udataControlRoutes } from "./routes/control-udata";
import { legacyApiKeyRoutes } from "./routes/legacy-api-key";
import { oauthClientRoutes } from "./routes/oauth-clients";
import { orgInvitationRoutes } from "./routes/org-invitations";
import { transferRoutes } from "./routes/transfers";
import { userSuggestRoutes } from "./routes/user-suggest";
import { authorizeRoutes } from "./oauth/authorize";
import { DEFAULT_OAUTH_REDIRECT_URI, ensureDemoClient } from "./oauth/demo-client";
import { revokeRoutes } from "./oauth/revoke";
import { TOKEN_EXPIRATION_S, tokenRoutes } from "./oauth/token-endpoint";
import { seed } from "./seed/index";
import { SnapshotWriter, readSnapshot, writeSnapshot } from "./snapshot";
import { Store } from "./store";
import { UdataProfile, type UdataVersion } from "./udata-version";

/** Starts a sandbox (the whole data.gouv.fr stand-in) in this process: `npm run sandbox`, the tests and the bench use it. */
export interface SandboxOptions {
  /** 0 picks a free port. */
  port: number;
  dataDir: string;
  /** Base latency added to every /api request. */
  latencyMs?: number;
  host?: string;
  /** The udata version imitated (17 by default); `POST /_sandbox/udata` switches it, a reset comes back to it. */
  udata?: UdataVersion;
  /** The `expires_in` of OAuth2 access tokens, in seconds (udata's 30 days by default). */
  oauthTokenTtlS?: number;
  /** The demo OAuth2 client's redirect URI (`DEFAULT_OAUTH_REDIRECT_URI` by default). */
  oauthRedirectUri?: string;
}

export interface Sandbox {
  url: string;
  close: () => Promise<void>;
}

function routerOf(routes: RouteDefinition[]): Router<Handler> {
  const router = new Router<Handler>();
  for (const route of routes) router.add(route.method, route.path, route.handler);
  return router;
}

async function handleOther(
  router: Router<Handler>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const match = router.match(req.method ?? "GET", url.pathname);
  const reply =
    match.kind === "found"
      ? await Promise.resolve()
          .then(() => match.handler({ method: req.method ?? "GET", url, params: match.params, caller: null, raw: req }))
          .catch(replyOf)
      : url.pathname.startsWith("/_sandbox/")
        ? replyOf(notFound())
        : htmlReply(NOT_FOUND);
  send(res, reply);
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const { dataDir } = options;
  const host = options.host ?? "127.0.0.1";
  const uploadsDir = join(dataDir, "uploads");
  const snapshot = await readSnapshot(dataDir);
  const writer = new SnapshotWriter(dataDir, () => store.state);
  const oauthRedirectUri = options.oauthRedirectUri ?? DEFAULT_OAUTH_REDIRECT_URI;
  const state = snapshot ?? seed();
  const demoClientChanged = ensureDemoClient(state, oauthRedirectUri);
  const store = new Store(state, () => writer.schedule());
  if (!snapshot || demoClientChanged) await writeSnapshot(dataDir, store.state);

  const server = createServer();
  server.listen(options.port, host);
  await once(server, "listening");
  const base = `http://${host}:${(server.address() as AddressInfo).port}`;

  const ctx = createContext(store, base, uploadsDir, new UdataProfile(options.udata ?? 17));
  imitateUdata(ctx, ctx.udata.initial);
  const log = new RequestLog();
  const faults = new Faults();
  const reset = async () => {
    const fresh = seed();
    ensureDemoClient(fresh, oauthRedirectUri);
    store.load(fresh);
    imitateUdata(ctx, ctx.udata.initial);
    await rm(uploadsDir, { recursive: true, force: true });
    await writeSnapshot(dataDir, store.state);
  };
  const common = [
    ...reuseReadRoutes(ctx),
    ...reuseSearchRoutes(ctx),
    ...reuseFeedRoutes(ctx),
    ...reuseWriteRoutes(ctx),
    ...reuseActionRoutes(ctx),
    ...badgeRoutes(ctx),
    ...followerRoutes(ctx),
    ...reportRoutes(ctx),
    ...discussionRoutes(ctx),
    ...datasetRoutes(ctx),
    ...dataserviceRoutes(ctx),
    ...datasetWriteRoutes(ctx),
    ...resourceRedirectRoutes(ctx),
    ...organizationRoutes(ctx),
    ...meRoutes(ctx),
    ...meListRoutes(ctx),
    ...transferRoutes(ctx),
    ...userSuggestRoutes(ctx),
    // data.gouv.fr's metrics service, not udata: on the same port (DESIGN.md), faulted alone by `/api/reuses`.
    ...metricsRoutes(ctx),
  ];
  const api = {
    store,
    log,
    faults,
    latencyMs: options.latencyMs ?? 0,
    udata: ctx.udata,
    routers: {
      15: routerOf([...common, ...legacyApiKeyRoutes(ctx)]),
      17: routerOf([...common, ...apiTokenRoutes(ctx), ...orgInvitationRoutes(ctx)]),
    },
  };
  const others = routerOf([
    ...controlRoutes(ctx, { log, faults, reset }),
    ...udataControlRoutes(ctx),
    ...badgeControlRoutes(ctx),
    ...oauthClientRoutes(ctx),
    ...authorizeRoutes(ctx),
    ...tokenRoutes(ctx, { ttlS: options.oauthTokenTtlS ?? TOKEN_EXPIRATION_S }),
    ...revokeRoutes(ctx),
    ...imageRoutes(ctx),
    ...pageRoutes(ctx),
  ]);

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", base);
    const handled = url.pathname.startsWith("/api/")
      ? handleApi(api, req, res, url)
      : handleOther(others, req, res, url);
    handled.catch((error: unknown) => {
      console.error("sandbox: request failed", error);
      if (!res.headersSent) send(res, { status: 500, body: { message: "Internal Server Error" } });
    });
  });

  return {
    url: base,
    close: async () => {
      faults.clear();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await writer.flush();
    },
  };
}
