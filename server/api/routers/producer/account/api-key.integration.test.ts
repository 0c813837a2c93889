import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getVault } from "~/server/auth/vault";
import { createApiToken, listApiTokens } from "~/server/datagouv";
import { control, upstreamRequests } from "~/server/test/sandbox";
import { rotatedTokenName } from "~/server/api/lib/api-key-rotation";
import { meStatusWith, newUser, signedIn } from "~/server/test/session";

const newRequestId = () => randomBytes(16).toString("hex");

/** The key page's procedures against the sandbox as udata 17 (API tokens) and as udata 15 (`/me/apikey/`). */
describe("account.apiKey on udata 17 (API tokens)", () => {
  it("detects the key API once per instance, not per request: the page's list is the detection, the actions reuse it", async () => {
    const first = await signedIn(await newUser());
    const second = await signedIn(await newUser());
    await control("DELETE", "requests");
    await first.caller.account.apiKey.tokens();
    await first.caller.account.apiKey.regenerate({ requestId: newRequestId() });
    await second.caller.account.apiKey.regenerate({ requestId: newRequestId() });
    const anonymousProbes = (await upstreamRequests()).filter(
      (request) => request.path === "/api/1/me/api_tokens/" && !request.withKey,
    );
    expect(anonymousProbes).toEqual([]);
  });

  it("lists the session's own key (a migrated one) as the token this session uses", async () => {
    const account = await newUser();
    const { caller } = await signedIn(account);
    expect(await caller.account.apiKey.tokens()).toEqual({
      api: "tokens",
      session: "apiKey",
      tokens: [
        expect.objectContaining({ name: "Migrated API key", prefix: account.apikey.slice(0, 8), usedBySession: true }),
      ],
    });
  });

  it("regenerates through tokens: a new token, the vault switched to it, the session's old token revoked", async () => {
    const account = await newUser();
    const { caller, session } = await signedIn(account);
    const requestId = newRequestId();
    const rotation = await caller.account.apiKey.regenerate({ requestId });

    expect(rotation).toEqual({ apiKey: expect.stringMatching(/^udata_/), sessionContinues: true, oldKeyStopped: true });
    expect(await getVault().get(session.sessionId)).toBe(rotation.apiKey);
    expect(await meStatusWith(account.apikey)).toBe(401);
    const { tokens } = await caller.account.apiKey.tokens();
    expect(tokens).toEqual([expect.objectContaining({ name: rotatedTokenName(requestId), usedBySession: true })]);
  });

  it("answers a retried regenerate (same request) with the key it made, without a second token", async () => {
    const { caller } = await signedIn(await newUser());
    const requestId = newRequestId();
    const first = await caller.account.apiKey.regenerate({ requestId });
    const retried = await caller.account.apiKey.regenerate({ requestId });
    expect(retried).toEqual({ apiKey: first.apiKey, sessionContinues: true, oldKeyStopped: null });
    expect((await caller.account.apiKey.tokens()).tokens).toHaveLength(1);
  });

  it("revokes the token an earlier attempt made but never answered (its plaintext is lost): one live token", async () => {
    const account = await newUser();
    const { caller } = await signedIn(account);
    const requestId = newRequestId();
    const lost = await createApiToken(account.apikey, { name: rotatedTokenName(requestId) });
    const rotation = await caller.account.apiKey.regenerate({ requestId });
    expect(rotation.apiKey).not.toBe(lost.token);
    expect(await meStatusWith(lost.token)).toBe(401);
    const live = await listApiTokens(rotation.apiKey);
    expect(live.map((token) => token.name)).toEqual([rotatedTokenName(requestId)]);
  });

  it("says in French that a token was already revoked (udata's 410), not that a reuse was deleted", async () => {
    const { caller } = await signedIn(await newUser());
    const { item } = await caller.account.apiKey.createToken({ name: "Deux fois" });
    expect(await caller.account.apiKey.revokeToken({ id: item.id })).toEqual({ signedOutTo: null });
    await expect(caller.account.apiKey.revokeToken({ id: item.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Ce jeton était déjà révoqué : il ne fonctionne plus.",
    });
  });

  it("lists, creates (the token shown once) and revokes API tokens", async () => {
    const { caller } = await signedIn(await newUser());
    const { token, item } = await caller.account.apiKey.createToken({ name: " Script de publication " });
    expect(token).toMatch(/^udata_/);
    expect(item).toMatchObject({ name: "Script de publication", prefix: token.slice(0, 14), usedBySession: false });
    expect(await meStatusWith(token)).toBe(200);
    const listed = await caller.account.apiKey.tokens();
    // Newest first; used once since (the check above): the list says when.
    expect(listed.tokens[0]).toEqual({ ...item, lastUsedAt: expect.any(String) });
    expect(JSON.stringify(listed)).not.toContain(token);

    await caller.account.apiKey.revokeToken({ id: item.id });
    expect(await meStatusWith(token)).toBe(401);
    expect((await caller.account.apiKey.tokens()).tokens.map((listedToken) => listedToken.id)).not.toContain(item.id);
    await expect(caller.account.apiKey.revokeToken({ id: "not-an-id" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("ends the session when the token it uses is revoked", async () => {
    const account = await newUser();
    const { caller, session } = await signedIn(account);
    const own = (await caller.account.apiKey.tokens()).tokens.find((token) => token.usedBySession);
    expect(own).toBeDefined();
    expect(await caller.account.apiKey.revokeToken({ id: own?.id ?? "" })).toEqual({
      signedOutTo: "/sign-in?error=SessionTokenRevoked",
    });
    expect(await getVault().get(session.sessionId)).toBeNull();
    expect(await meStatusWith(account.apikey)).toBe(401);
  });

  it("has no key to clear: tokens are revoked one by one", async () => {
    const account = await newUser();
    const { caller } = await signedIn(account);
    await expect(caller.account.apiKey.clear()).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect(await meStatusWith(account.apikey)).toBe(200);
  });
});

describe("account.apiKey on udata 15 (one key, /me/apikey/)", () => {
  beforeAll(() => control("POST", "udata", { version: 15 }));
  afterAll(() => control("POST", "udata", { version: 17 }));

  it("has no token list there: the list answers 404, which the page takes as udata 15", async () => {
    const { caller } = await signedIn(await newUser());
    expect(await caller.account.apiKey.tokens()).toEqual({ api: "apikey", session: "apiKey", tokens: [] });
  });

  it("regenerates the key: the vault switches to it, the session goes on, the old key stops working", async () => {
    const account = await newUser();
    const { caller, session } = await signedIn(account);
    const rotation = await caller.account.apiKey.regenerate({ requestId: newRequestId() });

    expect(rotation).toMatchObject({ sessionContinues: true, oldKeyStopped: true });
    expect(rotation.apiKey).not.toBe(account.apikey);
    expect(await getVault().get(session.sessionId)).toBe(rotation.apiKey);
    expect(await meStatusWith(account.apikey)).toBe(401);
    expect(await caller.account.profile.get()).toMatchObject({ slug: account.slug });
  });

  it("clears the key and ends the session", async () => {
    const account = await newUser();
    const { caller, session } = await signedIn(account);
    expect(await caller.account.apiKey.clear()).toEqual({ signedOutTo: "/sign-in?error=ApiKeyCleared" });
    expect(await getVault().get(session.sessionId)).toBeNull();
    expect(await meStatusWith(account.apikey)).toBe(401);
  });
});
