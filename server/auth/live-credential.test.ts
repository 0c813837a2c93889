import { setTimeout as sleep } from "node:timers/promises";

import { describe, expect, it, vi } from "vitest";

import { storeBackends, useStoreBackend } from "../store/test-backends";
import type { Store } from "../store/types";
import { createCredentialKeeper } from "./live-credential";
import { encodeCredential, type OAuthCredential } from "./session-credential";
import { createVault, newSessionId } from "./vault";

const SECRET = "a-test-secret-of-32-characters!!";
const HOUR = 3_600_000;

function tokens(name: string, times: { expiresIn?: number; dueIn?: number } = {}): OAuthCredential {
  const now = Date.now();
  const expiresIn = times.expiresIn ?? HOUR;
  const dueIn = times.dueIn ?? expiresIn - 60_000;
  return {
    kind: "oauth",
    accessToken: `${name}-access`,
    refreshToken: `${name}-refresh`,
    expiresAt: now + expiresIn,
    refreshAt: now + dueIn,
  };
}

/** One instance of the site: its own vault and keeper over its own connection to the shared store. */
function instance(store: Store, refresh: (token: string) => Promise<OAuthCredential | "refused">) {
  const vault = createVault(store, SECRET);
  return { vault, liveCredential: createCredentialKeeper({ vault, store, refresh }) };
}

describe.each(storeBackends)("live credentials over $name", (backend) => {
  const { connect } = useStoreBackend(backend);

  it("give an API key, or tokens not yet due, as they are, without asking data.gouv.fr", async () => {
    const refresh = vi.fn(async () => tokens("never"));
    const { vault, liveCredential } = instance(connect(), refresh);
    const [keySession, oauthSession] = [newSessionId(), newSessionId()];
    await vault.put(keySession, "a-key", HOUR);
    await vault.put(oauthSession, encodeCredential(tokens("fresh")), HOUR);
    expect(await liveCredential(keySession)).toEqual({ kind: "apiKey", apiKey: "a-key" });
    expect(await liveCredential(oauthSession)).toMatchObject({ accessToken: "fresh-access" });
    expect(await liveCredential(newSessionId())).toBeNull();
    expect(refresh).not.toHaveBeenCalled();
  });

  it("refresh a due token once, however many requests of two instances need it at the same moment", async () => {
    const session = newSessionId();
    const refresh = vi.fn(async (refreshToken: string) => {
      await sleep(150);
      return refreshToken === "old-refresh" ? tokens("new") : "refused";
    });
    const [a, b] = [instance(connect(), refresh), instance(connect(), refresh)];
    await a.vault.put(session, encodeCredential(tokens("old", { dueIn: -1 })), HOUR);

    const all = await Promise.all([...Array(10)].flatMap(() => [a.liveCredential(session), b.liveCredential(session)]));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(new Set(all.map((credential) => credential?.kind === "oauth" && credential.accessToken))).toEqual(
      new Set(["new-access"]),
    );
    // The vault holds the new tokens for every instance, and they are not due: no second refresh.
    expect(await b.liveCredential(session)).toMatchObject({ accessToken: "new-access", refreshToken: "new-refresh" });
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("end the session when data.gouv.fr refuses the refresh", async () => {
    const session = newSessionId();
    const { vault, liveCredential } = instance(connect(), async () => "refused");
    await vault.put(session, encodeCredential(tokens("revoked", { dueIn: -1 })), HOUR);
    expect(await liveCredential(session)).toBeNull();
    expect(await vault.get(session)).toBeNull();
  });

  it("keep using a token that still works while the token endpoint does not answer, and fail once it expired", async () => {
    const unreachable = async () => {
      throw new Error("token endpoint down");
    };
    const { vault, liveCredential } = instance(connect(), unreachable);
    const [lasting, expired] = [newSessionId(), newSessionId()];
    await vault.put(lasting, encodeCredential(tokens("lasting", { expiresIn: 30_000, dueIn: -1 })), HOUR);
    await vault.put(expired, encodeCredential(tokens("expired", { expiresIn: -1, dueIn: -1 })), HOUR);
    expect(await liveCredential(lasting)).toMatchObject({ accessToken: "lasting-access" });
    await expect(liveCredential(expired)).rejects.toThrow("token endpoint down");
    // Neither session was ended: data.gouv.fr did not refuse anything.
    expect(await vault.get(expired)).not.toBeNull();
  });

  it("stay ended when the session signed out while its refresh was under way", async () => {
    const session = newSessionId();
    const { vault, liveCredential } = instance(connect(), async () => {
      await vault.delete(session);
      return tokens("late");
    });
    await vault.put(session, encodeCredential(tokens("old", { dueIn: -1 })), HOUR);
    expect(await liveCredential(session)).toBeNull();
    expect(await vault.get(session)).toBeNull();
  });
});
