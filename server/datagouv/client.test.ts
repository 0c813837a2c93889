import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { env } from "~/server/env";

import { upstream, upstreamResponse } from "./client";
import { TIMEOUT_MS } from "./config";
import { UpstreamError } from "./errors";
import { apiPath, slugOrId } from "./paths";
import { fetchCall, hangUntilAborted, headerOf, jsonResponse, rejectionOf, stubFetch } from "./test-utils";

const API = `${env.DATAGOUV_URL}/api/1`;
const KEY = "secret-key-0123456789abcdef";
const ok = z.object({ ok: z.boolean() });
const get = (extra: Partial<Parameters<typeof upstream>[0]> = {}) =>
  upstream({ method: "GET", path: apiPath`/reuses/`, schema: ok, ...extra });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("requests", () => {
  it("builds the URL on DATAGOUV_URL and encodes the query (lists repeat, null/undefined left out)", async () => {
    const spy = stubFetch(() => jsonResponse({ ok: true }));
    await get({ query: { q: "vélo & co", tag: ["a b", "c"], page: 2, featured: true, owner: undefined, x: null } });
    expect(fetchCall(spy).url).toBe(`${API}/reuses/?q=v%C3%A9lo+%26+co&tag=a+b&tag=c&page=2&featured=true`);
    expect(fetchCall(spy).init.redirect).toBe("manual");
  });

  it("sends X-API-KEY only when given a key", async () => {
    const spy = stubFetch(() => jsonResponse({ ok: true }));
    await get();
    await get({ credential: KEY });
    expect(headerOf(fetchCall(spy, 0).init, "X-API-KEY")).toBeNull();
    expect(headerOf(fetchCall(spy, 1).init, "X-API-KEY")).toBe(KEY);
  });

  it("sends an OAuth2 access token as `Authorization: Bearer`, and no key with it", async () => {
    const spy = stubFetch(() => jsonResponse({ ok: true }));
    await get({ credential: { accessToken: "oauth-access-token" } });
    expect(headerOf(fetchCall(spy).init, "Authorization")).toBe("Bearer oauth-access-token");
    expect(headerOf(fetchCall(spy).init, "X-API-KEY")).toBeNull();
  });

  it("sends X-Fields when given a mask", async () => {
    const spy = stubFetch(() => jsonResponse({ ok: true }));
    await get({ fields: "data{id},total" });
    await get();
    expect(headerOf(fetchCall(spy, 0).init, "X-Fields")).toBe("data{id},total");
    expect(headerOf(fetchCall(spy, 1).init, "X-Fields")).toBeNull();
  });

  it("sends JSON bodies as JSON and FormData as multipart", async () => {
    const spy = stubFetch(() => jsonResponse({ ok: true }, 201));
    await upstream({ method: "POST", path: apiPath`/reuses/`, schema: ok, body: { title: "T" }, credential: KEY });
    const form = new FormData();
    form.append("file", new Blob(["x"], { type: "image/png" }), "a.png");
    await upstream({ method: "POST", path: apiPath`/me/avatar/`, schema: ok, body: form, credential: KEY });
    expect(fetchCall(spy, 0).init.body).toBe('{"title":"T"}');
    expect(headerOf(fetchCall(spy, 0).init, "Content-Type")).toBe("application/json");
    expect(fetchCall(spy, 1).init.body).toBe(form);
    expect(headerOf(fetchCall(spy, 1).init, "Content-Type")).toBeNull();
  });

  it("uses the read, write and upload time limits", async () => {
    const timeout = vi.spyOn(AbortSignal, "timeout");
    stubFetch(() => jsonResponse({ ok: true }));
    await get();
    await upstream({ method: "PUT", path: apiPath`/me/`, schema: ok, body: {}, credential: KEY });
    await upstream({ method: "POST", path: apiPath`/me/avatar/`, schema: ok, body: new FormData(), credential: KEY });
    expect(timeout.mock.calls.map(([ms]) => ms)).toEqual([TIMEOUT_MS.read, TIMEOUT_MS.write, TIMEOUT_MS.upload]);
  });

  it("parses a 204 as undefined and keeps the status", async () => {
    stubFetch(() => new Response(null, { status: 204 }));
    const answer = await upstreamResponse({
      method: "DELETE",
      path: apiPath`/me/`,
      schema: z.undefined(),
      credential: KEY,
    });
    expect(answer).toEqual({ status: 204, data: undefined });
  });

  it("derives X-Fields from the schema of a write, so that its answer is not the whole object", async () => {
    const spy = stubFetch(() => jsonResponse({ ok: true }));
    await upstream({ method: "PUT", path: apiPath`/me/`, schema: ok, body: {}, credential: KEY });
    await upstream({ method: "POST", path: apiPath`/reuses/`, schema: ok, body: {}, credential: KEY, fields: "ok,id" });
    expect(headerOf(fetchCall(spy, 0).init, "X-Fields")).toBe("ok");
    expect(headerOf(fetchCall(spy, 1).init, "X-Fields")).toBe("ok,id");
  });
});

describe("redirects", () => {
  const moved =
    (location: string, status = 308) =>
    () =>
      new Response("<p>Redirecting...</p>", { status, headers: { Location: location } });

  it("follows udata's former-slug 308 of a GET (a path, as Flask's url_for gives it)", async () => {
    const spy = stubFetch(moved("/api/1/reuses/new-slug/"), () => jsonResponse({ ok: true }));
    await expect(get({ path: apiPath`/reuses/${slugOrId("old-slug")}/` })).resolves.toEqual({ ok: true });
    expect(fetchCall(spy, 1).url).toBe(`${API}/reuses/new-slug/`);
  });

  it("reports the former-slug 308 as `moved` with the new slug when asked", async () => {
    const spy = stubFetch(moved("/api/1/reuses/new-slug/"));
    const error = await rejectionOf(get({ path: apiPath`/reuses/${slugOrId("old-slug")}/`, reportMoved: true }));
    expect(error).toMatchObject({ kind: "moved", status: 308, movedTo: "new-slug", location: "/reuses/new-slug/" });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("refuses any redirect of a write, naming the path", async () => {
    const spy = stubFetch(moved(`${API}/reuses/new-slug/`));
    const error = await rejectionOf(
      upstream({
        method: "PUT",
        path: apiPath`/reuses/${slugOrId("old-slug")}/`,
        schema: ok,
        body: {},
        credential: KEY,
      }),
    );
    expect(error).toMatchObject({ kind: "redirect", status: 308, method: "PUT", path: "/reuses/old-slug/" });
    expect(String(error)).toContain("PUT /reuses/old-slug/");
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("refuses the missing-slash redirect, even of a read: the path is wrong", async () => {
    stubFetch(moved(`${API}/me/avatar/`));
    const write = await rejectionOf(
      upstream({ method: "POST", path: apiPath`/me/avatar`, schema: ok, credential: KEY }),
    );
    expect(write).toMatchObject({ kind: "redirect", detail: expect.stringContaining("trailing slash") });
    stubFetch(moved(`${API}/reuses/`));
    await expect(get({ path: apiPath`/reuses` })).rejects.toMatchObject({ kind: "redirect", status: 308 });
  });

  it("never follows a redirect off the API, nor too many", async () => {
    const away = stubFetch(moved("https://evil.example/api/1/reuses/x/", 302));
    await expect(get({ path: apiPath`/reuses/${slugOrId("x")}/`, credential: KEY })).rejects.toMatchObject({
      kind: "redirect",
      status: 302,
    });
    expect(away).toHaveBeenCalledTimes(1);
    const loop = stubFetch(moved("/api/1/reuses/b/"), moved("/api/1/reuses/c/"), moved("/api/1/reuses/d/"));
    await expect(get({ path: apiPath`/reuses/${slugOrId("a")}/` })).rejects.toMatchObject({ kind: "redirect" });
    expect(loop).toHaveBeenCalledTimes(3);
  });
});

describe("errors", () => {
  it("turns udata's 400 into field errors and the upstream message", async () => {
    const body = {
      errors: { url: ["This URL is already registered"], title: "Too long" },
      message: "Validation error",
    };
    stubFetch(() => jsonResponse(body, 400));
    const error = await rejectionOf(upstream({ method: "POST", path: apiPath`/reuses/`, schema: ok, credential: KEY }));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({
      kind: "http",
      status: 400,
      upstreamMessage: "Validation error",
      fieldErrors: { url: ["This URL is already registered"], title: ["Too long"] },
    });
  });

  it("reports invalid JSON and schema mismatches as malformed", async () => {
    stubFetch(() => new Response("{oops", { status: 200 }));
    await expect(get()).rejects.toMatchObject({ kind: "malformed", status: 200 });
    stubFetch(() => jsonResponse({ ok: "yes" }));
    await expect(get()).rejects.toMatchObject({
      kind: "malformed",
      detail: expect.stringContaining("schema mismatch"),
    });
  });

  it("aborts after the time limit", async () => {
    const spy = stubFetch(hangUntilAborted);
    const started = Date.now();
    await expect(get({ timeoutMs: 30 })).rejects.toMatchObject({ kind: "timeout" });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(spy).toHaveBeenCalledTimes(1); // a timeout is not retried
  });

  it.each([
    ["key", KEY, KEY],
    ["OAuth2 access token", { accessToken: "oauth-access-token" }, "oauth-access-token"],
  ])("never puts the %s in an error message or its JSON", async (_, credential, secret) => {
    const leaks = [
      () => Promise.reject(new TypeError(`fetch failed for header ${secret}`)),
      () => jsonResponse({ message: `Invalid API token ${secret}`, errors: { [secret]: [`bad ${secret}`] } }, 401),
    ];
    for (const leak of leaks) {
      stubFetch(leak);
      const error = await rejectionOf(upstream({ method: "POST", path: apiPath`/reuses/`, schema: ok, credential }));
      expect(error).toBeInstanceOf(UpstreamError);
      const text = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack ?? ""}`;
      expect(text).not.toContain(secret);
      expect(text).toContain("[redacted]");
    }
  });

  it("refuses a key that is not a header value before any request, without echoing it", async () => {
    const spy = stubFetch(() => jsonResponse({ ok: true }));
    const error = await rejectionOf(get({ credential: "bad\nkey-value" }));
    expect(error).toMatchObject({ kind: "invalid", status: 401 });
    expect(JSON.stringify(error)).not.toContain("key-value");
    expect(spy).not.toHaveBeenCalled();
  });
});

describe("retries", () => {
  it("retries a GET exactly once after a 503, after a 100–300 ms jitter", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    vi.spyOn(Math, "random").mockReturnValue(0.5); // 100 + 0.5 × 200 = 200 ms
    const spy = stubFetch(
      () => jsonResponse({}, 503),
      () => jsonResponse({ ok: true }),
    );
    const answer = get();
    await vi.advanceTimersByTimeAsync(199);
    expect(spy).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(answer).resolves.toEqual({ ok: true });
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it("draws the pause between 100 and 300 ms", async () => {
    const { retryDelayMs } = await import("./client");
    const random = vi.spyOn(Math, "random");
    random.mockReturnValue(0);
    expect(retryDelayMs()).toBe(100);
    random.mockReturnValue(0.999_999);
    expect(retryDelayMs()).toBeCloseTo(300, 3);
  });

  it("retries a GET once after a network error", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    const spy = stubFetch(
      () => Promise.reject(new TypeError("fetch failed")),
      () => jsonResponse({ ok: true }),
    );
    await expect(get()).resolves.toEqual({ ok: true });
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it.each([502, 503, 504])("gives up after the one retry when %i persists", async (status) => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    const spy = stubFetch(() => jsonResponse({ message: "down" }, status));
    await expect(get()).rejects.toMatchObject({ kind: "http", status });
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it.each([500, 404, 429])("does not retry a GET answered %i", async (status) => {
    const spy = stubFetch(() => jsonResponse({}, status));
    await expect(get()).rejects.toMatchObject({ status });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it.each(["POST", "PUT", "DELETE"] as const)("never retries a %s", async (method) => {
    for (const failure of [() => jsonResponse({}, 503), () => Promise.reject(new TypeError("fetch failed"))]) {
      const spy = stubFetch(failure, () => jsonResponse({ ok: true }));
      await expect(upstream({ method, path: apiPath`/reuses/`, schema: ok, credential: KEY })).rejects.toBeInstanceOf(
        UpstreamError,
      );
      expect(spy).toHaveBeenCalledTimes(1);
    }
  });
});
