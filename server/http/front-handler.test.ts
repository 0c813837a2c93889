import { Agent, createServer, get as httpGet, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";

import { afterEach, describe, expect, it, vi } from "vitest";

import { SMALL_BODY_BYTES } from "./body-limit";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { createFrontHandler } from "./front-handler";
import type { TagClock } from "../cache/tag-clock";
import { PageCache, type TagTimes } from "./page-cache";
import { STATUS_META_NAME } from "~/lib/status-meta";

const noTags = { invalidatedAt: () => 0, record: () => undefined };
const options = { csp: { imageSources: [], formTargets: [], development: false }, clock: noTags, trustProxy: false };
let server: Server | undefined;

afterEach(
  () =>
    new Promise<void>((resolve) => {
      // Connections a test left open (a client that went away mid-request) would hold close() back.
      server?.closeAllConnections();
      return server ? server.close(() => resolve()) : resolve();
    }),
);

/** Serves `render` (standing in for Next.js, which streams its pages) behind the front handler. */
async function serve(
  render: (req: IncomingMessage, res: ServerResponse) => unknown,
  trustProxy = false,
  clock: TagTimes & Pick<TagClock, "record"> = noTags,
) {
  const renders = { count: 0 };
  const next = async (req: IncomingMessage, res: ServerResponse) => {
    renders.count++;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await render(req, res);
  };
  const cache = new PageCache({ freshMs: 60_000, maxEntries: 10, maxBytes: 1_000_000, tags: clock });
  const front = createFrontHandler(next, cache, {
    ...options,
    clock,
    trustProxy,
  });
  server = createServer((req, res) => void front(req, res));
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, renders };
}

function streamedPage(body: string) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.flushHeaders();
    res.write("<html><head>");
    res.write(body);
    res.end('<script>self.__next_f.push([1,"a"])</script></head></html>');
  };
}

const CHUNK = '<script src="/_next/static/chunks/app.js" async=""></script>';

describe("the front handler", () => {
  it("defers the framework's scripts of a public page for a visitor who is not signed in, and only then", async () => {
    const { base } = await serve((_req, res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(`<html><head>${CHUNK}</head><body><p>Réutilisations</p></body></html>`);
    });
    const anonymous = await (await fetch(`${base}/reuses`)).text();
    expect(anonymous).not.toContain(CHUNK);
    expect(anonymous).toContain('(["/_next/static/chunks/app.js"]);');
    const signedIn = await (await fetch(`${base}/reuses`, { headers: { cookie: "next-auth.session-token=x" } })).text();
    expect(signedIn).toContain(CHUNK);
    // Not a public page: a form everyone uses at once.
    expect(await (await fetch(`${base}/sign-in`)).text()).toContain(CHUNK);
  });

  it("sends a whole page with a CSP that names its inline script", async () => {
    const { base } = await serve(streamedPage("<title>Réutilisations</title>"));
    const response = await fetch(`${base}/reuses`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(
      '<html><head><title>Réutilisations</title><script>self.__next_f.push([1,"a"])</script></head></html>',
    );
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self' 'sha256-[^']+'/);
  });

  it("renders a public page once and serves it to the next visitors, compressed", async () => {
    const { base, renders } = await serve(streamedPage("<p>liste</p>"));
    const answers = await Promise.all(Array.from({ length: 5 }, () => fetch(`${base}/reuses?page=2`)));
    const again = await fetch(`${base}/reuses?page=2`);
    expect(renders.count).toBe(1);
    expect(again.headers.get("x-page-cache")).toBe("hit");
    expect(again.headers.get("content-encoding")).toBe("gzip");
    for (const answer of [...answers, again]) expect(await answer.text()).toContain("<p>liste</p>");
  });

  it("serves a page whose visitors all left while it was rendered: no rendering stays pending", async () => {
    let release = () => {};
    const firstRendering = new Promise<void>((resolve) => (release = resolve));
    const { base, renders } = await serve(async (req, res) => {
      if (renders.count === 1) await firstRendering;
      // Next.js sends no document to a client that has gone.
      if (res.destroyed) return;
      streamedPage("<p>liste</p>")(req, res);
    });
    // The first visitor's page is being rendered, the second waits on that rendering; both leave.
    const visitors = [new AbortController(), new AbortController()];
    const leaving = visitors.map((visitor) => fetch(`${base}/reuses?page=9`, visitor).catch(() => "left"));
    await vi.waitFor(() => expect(renders.count).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const visitor of visitors) visitor.abort();
    await Promise.all(leaving);
    // The second one renders once the first has gone (a rendering of nothing: it has gone too).
    await vi.waitFor(() => expect(renders.count).toBe(2));
    release();
    const next = await fetch(`${base}/reuses?page=9`, { signal: AbortSignal.timeout(2_000) });
    expect(next.status).toBe(200);
    expect(await next.text()).toContain("<p>liste</p>");
  });

  it("gives a public page the same Vary rendered or from the cache, compressed or not", async () => {
    const { base } = await serve((req, res) => {
      res.setHeader("vary", "rsc, next-router-state-tree");
      streamedPage("<p>liste</p>")(req, res);
    });
    const visits: [string, string][] = [
      ["/reuses?page=2", "gzip"],
      ["/reuses?page=2", "identity"],
      ["/reuses?page=3", "identity"],
      ["/reuses?page=3", "gzip"],
    ];
    const varies: string[] = [];
    for (const [path, encoding] of visits) {
      const response = await fetch(`${base}${path}`, { headers: { "accept-encoding": encoding } });
      varies.push(`${response.headers.get("x-page-cache")} ${response.headers.get("vary")}`);
    }
    const vary = "rsc, next-router-state-tree, Accept-Encoding";
    expect(varies).toEqual([`miss ${vary}`, `hit ${vary}`, `miss ${vary}`, `hit ${vary}`]);
  });
  it("renders a public page once whatever parameters it does not read, which Next.js never sees", async () => {
    // Next.js writes the URL it rendered into the page (its router's state): this one writes it in the body.
    const { base, renders } = await serve((req, res) => streamedPage(`<p>${req.url}</p>`)(req, res));
    const answers = [];
    for (const query of ["?x=1&type=api", "?type=api&x=2", "?utm_source=lettre&type=api"]) {
      answers.push(await (await fetch(`${base}/reuses${query}`)).text());
    }
    expect(renders.count).toBe(1);
    expect(new Set(answers)).toEqual(
      new Set(['<html><head><p>/reuses?type=api</p><script>self.__next_f.push([1,"a"])</script></head></html>']),
    );
  });

  it("renders pages for signed-in visitors every time", async () => {
    const { base, renders } = await serve(streamedPage("<p>liste</p>"));
    const headers = { cookie: "next-auth.session-token=abc" };
    await fetch(`${base}/reuses`, { headers });
    await fetch(`${base}/reuses`, { headers });
    expect(renders.count).toBe(2);
  });

  it("frames a page it compresses as it sends it (a signed-in one), so the connection serves the next request", async () => {
    // Over the compression middleware's threshold (1 KB).
    const { base } = await serve(streamedPage("<p>tableau de bord</p>".repeat(100)));
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<{ framing: string | undefined; reused: boolean; body: Buffer }>((resolve, reject) => {
        const request = httpGet(
          `${base}/dashboard`,
          { agent, headers: { "accept-encoding": "gzip", cookie: "next-auth.session-token=abc" } },
          (response) => {
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () => {
              const { "transfer-encoding": chunked, "content-length": length } = response.headers;
              resolve({ framing: chunked ?? length, reused: request.reusedSocket, body: Buffer.concat(chunks) });
            });
          },
        ).on("error", reject);
      });
    try {
      const first = await get();
      // Chunks or a length: without either, the connection closing ends the body (HTTP/1.1's last resort).
      expect(first.framing).toBeDefined();
      expect(gunzipSync(first.body).toString()).toContain("<p>tableau de bord</p>");
      expect((await get()).reused).toBe(true);
    } finally {
      agent.destroy();
    }
  });

  it("answers with the status a page asks for, and keeps that too", async () => {
    const { base, renders } = await serve(streamedPage(`<meta name="${STATUS_META_NAME}" content="410"/>`));
    expect((await fetch(`${base}/reuses/gone`)).status).toBe(410);
    expect((await fetch(`${base}/reuses/gone`)).status).toBe(410);
    expect(renders.count).toBe(1);
  });

  it("never keeps a failed page", async () => {
    const { base, renders } = await serve((_req, res) => {
      res.statusCode = 503;
      streamedPage("<p>indisponible</p>")(_req, res);
    });
    expect((await fetch(`${base}/reuses`)).status).toBe(503);
    expect((await fetch(`${base}/reuses`)).status).toBe(503);
    expect(renders.count).toBe(2);
  });

  it("refuses a body over its path's limit before Next.js is called, and lets an upload's through", async () => {
    const { base, renders } = await serve((req, res) => req.resume().on("end", () => res.end("ok")));
    const body = Buffer.alloc(SMALL_BODY_BYTES + 1, "a");
    const signIn = await fetch(`${base}/api/auth/callback/api-key`, { method: "POST", body });
    expect(signIn.status).toBe(413);
    expect(renders.count).toBe(0);
    const upload = await fetch(`${base}/api/trpc/account.profile.uploadAvatar`, { method: "POST", body });
    expect(upload.status).toBe(200);
    expect(renders.count).toBe(1);
  });

  it.each([
    [false, "127.0.0.1"],
    [true, "198.51.100.9"],
  ])("tells Next.js the client's address, trusting a local proxy's X-Forwarded-For: %s", async (trust, address) => {
    const { base } = await serve((req, res) => res.end(req.headers[CLIENT_ADDRESS_HEADER]), trust);
    const headers = { "x-forwarded-for": "198.51.100.9", [CLIENT_ADDRESS_HEADER]: "203.0.113.66" };
    expect(await (await fetch(`${base}/api/x`, { headers })).text()).toBe(address);
  });

  it("lets any site frame a reuse's embed card, rendered or cached, and no other page on any spelling", async () => {
    // Stands in for Next.js and next.config.mjs: every answer says X-Frame-Options: DENY.
    const { base } = await serve((req, res) => {
      res.setHeader("x-frame-options", "DENY");
      streamedPage(`<style>p{}</style><p>${req.url}</p>`)(req, res);
    });
    const framing = async (path: string) => {
      const answer = await fetch(`${base}${path}`, { redirect: "manual" });
      const csp = answer.headers.get("content-security-policy") ?? "";
      return `${/frame-ancestors [^;]+/.exec(csp)?.[0]} ${answer.headers.get("x-frame-options")}`;
    };
    expect(await framing("/embeds/reuses/carte")).toBe("frame-ancestors * null");
    expect(await framing("/embeds/reuses/carte")).toBe("frame-ancestors * null"); // from the page cache
    for (const path of [
      "/embeds/reuses/carte/",
      "/%65mbeds/reuses/carte",
      "/embeds/%72euses/carte",
      "/embeds/../reuses/carte",
      "/embeds/reuses/..",
      "/embeds/reuses/carte/abonnes",
      "/reuses/carte",
      "/reuses",
      "/",
      "/sign-in",
    ]) {
      expect(await framing(path), path).toBe("frame-ancestors 'none' DENY");
    }
  });

  it("passes other answers through untouched", async () => {
    const { base } = await serve((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end('{"ok":true}');
    });
    const response = await fetch(`${base}/api/trpc/reuses.list`);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get("content-security-policy")).toBeNull();
  });

  it("drops the pages a write's answer invalidated before sending it, and keeps that header to itself", async () => {
    const times = new Map<string, number>();
    const clock = {
      record: (tags: readonly string[], at: number) => tags.forEach((tag) => times.set(tag, at)),
      invalidatedAt: (tags: readonly string[]) => Math.max(0, ...tags.map((tag) => times.get(tag) ?? 0)),
    };
    const { base, renders } = await serve(
      (req, res) => {
        if (req.method === "POST") {
          res.setHeader("content-type", "application/json");
          res.setHeader("x-cache-invalidation", `${Date.now()} reuse:carte listings:changing`);
          res.end("{}");
        } else
          streamedPage(req.url === "/reuses/autre" ? "<p>Autre</p>" : '<a href="/reuses/carte">Carte</a>')(req, res);
      },
      false,
      clock,
    );
    await fetch(`${base}/reuses?page=2`);
    await fetch(`${base}/reuses/autre`);
    const write = await fetch(`${base}/api/trpc/producerReuses.update`, { method: "POST" });
    expect(write.headers.get("x-cache-invalidation")).toBeNull();
    expect((await fetch(`${base}/reuses?page=2`)).headers.get("x-page-cache")).toBe("miss");
    expect((await fetch(`${base}/reuses/autre`)).headers.get("x-page-cache")).toBe("hit");
    expect(renders.count).toBe(4);
  });
});
