import { once } from "node:events";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { handleApi } from "./api";
import { VersionedCache } from "./cache";
import { type Context, type Handler, type RouteDefinition } from "./context";
import { Faults } from "./faults";
import { notFound, replyOf, send } from "./http";
import { RequestLog } from "./request-log";
import { ReuseIndex } from "./reuse-index";
import { ReuseSearch } from "./reuse-search";
import { Router } from "./router";
import { controlRoutes } from "./routes/control";
import { datasetRoutes } from "./routes/datasets";
import { datasetWriteRoutes } from "./routes/dataset-writes";
import { followerRoutes } from "./routes/followers";
import { imageRoutes } from "./routes/images";
import { meListRoutes } from "./routes/me-lists";
import { meRoutes } from "./routes/me";
import { organizationRoutes } from "./routes/organizations";
import { reuseActionRoutes } from "./routes/reuse-actions";
import { reuseReadRoutes } from "./routes/reuses";
import { reuseFeedRoutes } from "./routes/reuse-feed";
import { reuseSearchRoutes } from "./routes/reuse-search";
import { reuseWriteRoutes } from "./routes/reuse-writes";
import { tokenRoutes } from "./routes/tokens";
import { seed } from "./seed/index";
import { SnapshotWriter, readSnapshot, writeSnapshot } from "./snapshot";
import { Store } from "./store";

/** Starts a sandbox (the whole data.gouv.fr stand-in) in this process: `npm run sandbox`, the tests and the bench use it. */
export interface SandboxOptions {
  /** 0 picks a free port. */
  port: number;
  dataDir: string;
  /** Base latency added to every /api request. */
  latencyMs?: number;
  host?: string;
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
      : replyOf(notFound());
  send(res, reply);
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const { dataDir } = options;
  const host = options.host ?? "127.0.0.1";
  const uploadsDir = join(dataDir, "uploads");
  const snapshot = await readSnapshot(dataDir);
  const writer = new SnapshotWriter(dataDir, () => store.state);
  const store = new Store(snapshot ?? seed(), () => writer.schedule());
  if (!snapshot) await writeSnapshot(dataDir, store.state);

  const server = createServer();
  server.listen(options.port, host);
  await once(server, "listening");
  const base = `http://${host}:${(server.address() as AddressInfo).port}`;

  const ctx: Context = {
    store,
    base,
    uploadsDir,
    reuses: new ReuseIndex(store),
    search: new ReuseSearch(store),
    datasetJson: new VersionedCache(() => store.version),
  };
  const log = new RequestLog();
  const faults = new Faults();
  const reset = async () => {
    store.load(seed());
    await rm(uploadsDir, { recursive: true, force: true });
    await writeSnapshot(dataDir, store.state);
  };
  const api = {
    store,
    log,
    faults,
    latencyMs: options.latencyMs ?? 0,
    router: routerOf([
      ...reuseReadRoutes(ctx),
      ...reuseSearchRoutes(ctx),
      ...reuseFeedRoutes(ctx),
      ...reuseWriteRoutes(ctx),
      ...reuseActionRoutes(ctx),
      ...followerRoutes(ctx),
      ...datasetRoutes(ctx),
      ...datasetWriteRoutes(ctx),
      ...organizationRoutes(ctx),
      ...meRoutes(ctx),
      ...meListRoutes(ctx),
      ...tokenRoutes(ctx),
    ]),
  };
  const others = routerOf([...controlRoutes(ctx, { log, faults, reset }), ...imageRoutes(ctx)]);

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
