import { afterEach, describe, expect, it, vi } from "vitest";

import { sendSignIn } from "./submit-sign-in";

const ACTION = "http://site.test/api/auth/callback/api-key";

/** A fake fetch answering in turn, and the requests it saw. */
function answers(...replies: Array<{ status?: number; json: unknown }>) {
  const seen: Array<{ url: string; body: string | null }> = [];
  vi.stubGlobal("window", { location: { href: "http://site.test/sign-in" } });
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init?: RequestInit) => {
      seen.push({ url, body: init?.body ? String(init.body) : null });
      const reply = replies.shift();
      if (!reply) throw new Error("no answer left");
      return new Response(JSON.stringify(reply.json), { status: reply.status ?? 200 });
    }),
  );
  return seen;
}

afterEach(() => vi.unstubAllGlobals());

const fields = () => new URLSearchParams({ csrfToken: "stale", apiKey: "k", callbackUrl: "/dashboard" });

describe("sendSignIn", () => {
  it("signs in: next-auth's answer names where to go", async () => {
    const seen = answers({ json: { url: "http://site.test/dashboard" } });
    expect(await sendSignIn(ACTION, fields())).toEqual({ ok: true, url: "http://site.test/dashboard" });
    expect(new URLSearchParams(seen[0]?.body ?? "").get("json")).toBe("true");
  });

  it("says why not when next-auth names an error", async () => {
    answers({ json: { url: "http://site.test/sign-in?error=CredentialsSignin" } });
    expect(await sendSignIn(ACTION, fields())).toMatchObject({ ok: false });
  });

  it("sends the form once more with the current CSRF token when next-auth refused the page's one", async () => {
    const seen = answers(
      { json: { url: "http://site.test/api/auth/signin?csrf=true" } },
      { json: { csrfToken: "fresh" } },
      { json: { url: "http://site.test/dashboard" } },
    );
    expect(await sendSignIn(ACTION, fields())).toEqual({ ok: true, url: "http://site.test/dashboard" });
    expect(seen.map((request) => request.url)).toEqual([ACTION, "/api/auth/csrf", ACTION]);
    expect(new URLSearchParams(seen[2]?.body ?? "").get("csrfToken")).toBe("fresh");
    expect(new URLSearchParams(seen[2]?.body ?? "").get("apiKey")).toBe("k");
  });

  it("never takes a second CSRF refusal for a sign-in", async () => {
    answers(
      { json: { url: "http://site.test/api/auth/signin?csrf=true" } },
      { json: { csrfToken: "fresh" } },
      { json: { url: "http://site.test/api/auth/signin?csrf=true" } },
    );
    expect(await sendSignIn(ACTION, fields())).toEqual({ ok: false, reason: "failed" });
  });

  it("says the server cannot record a session on a 503 (the store is down), without trying again", async () => {
    const seen = answers({ status: 503, json: null });
    expect(await sendSignIn(ACTION, fields())).toEqual({ ok: false, reason: "StoreUnavailable" });
    expect(seen).toHaveLength(1);
  });

  it("says too many attempts on a 429, without trying again", async () => {
    const seen = answers({ status: 429, json: {} });
    expect(await sendSignIn(ACTION, fields())).toEqual({ ok: false, reason: "TooManyAttempts" });
    expect(seen).toHaveLength(1);
  });
});
