import { describe, expect, it } from "vitest";

import { EnvError, parseEnv } from "./env-schema";

describe("parseEnv", () => {
  it("defaults to the local sandbox and port 3000", () => {
    const env = parseEnv({});
    expect(env.DATAGOUV_URL).toBe("http://127.0.0.1:7000");
    expect(env.NEXTAUTH_URL).toBe("http://localhost:3000");
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe(".data");
    expect(env.REDIS_URL).toBeUndefined();
    expect(env.CACHE_MAX_MB).toBe(64);
    expect(env.TRUST_PROXY).toBe(false);
  });

  it("takes the data cache's cap in MB", () => {
    expect(parseEnv({ CACHE_MAX_MB: "8" }).CACHE_MAX_MB).toBe(8);
  });

  it("trusts a reverse proxy only when TRUST_PROXY says so", () => {
    expect(parseEnv({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(true);
    expect(parseEnv({ TRUST_PROXY: "false" }).TRUST_PROXY).toBe(false);
  });

  it("reads the metrics service at METRICS_URL, else at DATAGOUV_URL (the sandbox serves both)", () => {
    expect(parseEnv({}).METRICS_URL).toBe("http://127.0.0.1:7000");
    expect(parseEnv({ DATAGOUV_URL: "http://127.0.0.1:7100" }).METRICS_URL).toBe("http://127.0.0.1:7100");
    expect(parseEnv({ METRICS_URL: "https://metric-api.data.gouv.fr/" }).METRICS_URL).toBe(
      "https://metric-api.data.gouv.fr",
    );
    expect(() => parseEnv({ METRICS_URL: "not a url" })).toThrow(/METRICS_URL/);
  });

  it("drops the trailing slash of DATAGOUV_URL", () => {
    expect(parseEnv({ DATAGOUV_URL: "https://demo.data.gouv.fr/" }).DATAGOUV_URL).toBe("https://demo.data.gouv.fr");
  });

  it.each([
    [{ DATAGOUV_URL: "ftp://example.org" }, "DATAGOUV_URL"],
    [{ DATAGOUV_URL: "not a url" }, "DATAGOUV_URL"],
    [{ PORT: "70000" }, "PORT"],
    [{ PORT: "abc" }, "PORT"],
    [{ REDIS_URL: "http://localhost:6379" }, "REDIS_URL"],
    [{ CACHE_MAX_MB: "0" }, "CACHE_MAX_MB"],
    [{ CACHE_MAX_MB: "1.5" }, "CACHE_MAX_MB"],
    [{ NEXTAUTH_SECRET: "short" }, "NEXTAUTH_SECRET"],
    [{ TRUST_PROXY: "loopback" }, "TRUST_PROXY"],
    [{ DATAGOUV_OAUTH_CLIENT_ID: "5f1e0a0b0c0d0e0f10111213" }, "DATAGOUV_OAUTH_CLIENT_SECRET"],
    [{ DATAGOUV_OAUTH_CLIENT_SECRET: "a-secret" }, "DATAGOUV_OAUTH_CLIENT_SECRET"],
  ])("names the bad variable in one line: %o", (source, name) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(new RegExp(`^Invalid environment variable ${name}: [^\\n]+$`));
  });

  it("requires a secret in production, but not while building", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET: required in production/);
    expect(parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).NEXTAUTH_SECRET).toBeUndefined();
  });

  it("accepts AUTH_SECRET as an alias of NEXTAUTH_SECRET", () => {
    const secret = "a-secret-of-sufficient-length";
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret }).NEXTAUTH_SECRET).toBe(secret);
  });

  it("offers data.gouv.fr's OAuth2 only with both the client id and its secret", () => {
    expect(parseEnv({}).DATAGOUV_OAUTH).toBeNull();
    const both = { DATAGOUV_OAUTH_CLIENT_ID: " client ", DATAGOUV_OAUTH_CLIENT_SECRET: "secret" };
    expect(parseEnv(both).DATAGOUV_OAUTH).toEqual({ clientId: "client", clientSecret: "secret" });
  });
});
