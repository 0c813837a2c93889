import { describe, expect, it } from "vitest";

import { type ApiToken } from "~/server/datagouv";
import { tokenOfKey } from "./api-key-rotation";

const token = (id: string, prefix: string): ApiToken => ({ id, token_prefix: prefix, created_at: "2026-01-01" });

describe("tokenOfKey: the token a key is, by the prefix udata shows", () => {
  it("finds the one token whose prefix starts the key", () => {
    const tokens = [token("a", "udata_AbCdEfGh"), token("b", "sandbox-")];
    expect(tokenOfKey(tokens, "udata_AbCdEfGh0123")?.id).toBe("a");
    expect(tokenOfKey(tokens, "sandbox-key-producer")?.id).toBe("b");
  });

  it("finds none when two prefixes match, or only an empty one (a migrated key shorter than 8 characters)", () => {
    expect(tokenOfKey([token("a", "eyJhbGci"), token("b", "eyJhbGci")], "eyJhbGciOiJIUzUxMiJ9.x.y")).toBeUndefined();
    expect(tokenOfKey([token("a", "")], "short")).toBeUndefined();
  });
});
