import { afterEach, describe, expect, it, vi } from "vitest";

import { escapeForLog, logError, logLine, logWarning } from "./log";

const FORGED = "fz\r\n[next-auth][error][FORGED] 200 GET /admin";

describe("escapeForLog", () => {
  it("escapes CR, LF and tab, so that input cannot start a line of its own", () => {
    expect(escapeForLog(FORGED)).toBe("fz\\r\\n[next-auth][error][FORGED] 200 GET /admin");
    expect(escapeForLog("a\tb")).toBe("a\\tb");
  });

  it("escapes every other control character, the Unicode line separators and the bidirectional overrides", () => {
    expect(escapeForLog("\u0000\u0007\u001b[31m\u007f\u0085\u009b")).toBe(
      "\\u0000\\u0007\\u001b[31m\\u007f\\u0085\\u009b",
    );
    expect(escapeForLog("a\u2028b\u2029c")).toBe("a\\u2028b\\u2029c");
    expect(escapeForLog("\u202egnp.exe\u2066x\u2069")).toBe("\\u202egnp.exe\\u2066x\\u2069");
  });

  it("escapes the backslash, so that an escaped LF and a client's `\\n` differ", () => {
    expect(escapeForLog("a\\nb")).toBe("a\\\\nb");
    expect(escapeForLog("a\\nb")).not.toBe(escapeForLog("a\nb"));
  });

  it("leaves printable text alone, accents and emoji included", () => {
    const text = 'Réutilisation « données » 👩‍👩‍👧‍👦 {"a": [1, 2]} %s';
    expect(escapeForLog(text)).toBe(text);
  });
});

describe("logLine", () => {
  it("makes one line of an error and its stack", () => {
    const line = logLine("request failed:", new TypeError(`bad header ${FORGED}`));
    expect(line).not.toMatch(/[\r\n]/);
    expect(line).toMatch(/^request failed: TypeError: bad header fz\\r\\n\[next-auth\]\[error\]\[FORGED\]/);
    expect(line).toContain("\\n    at ");
  });

  it("inspects objects, and takes no format from a first string", () => {
    expect(logLine("tRPC %o failed:", { input: FORGED })).toBe(
      "tRPC %o failed: { input: 'fz\\\\r\\\\n[next-auth][error][FORGED] 200 GET /admin' }",
    );
  });
});

describe("logError and logWarning", () => {
  afterEach(() => vi.restoreAllMocks());

  it("write one escaped line to the console", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    logError("request failed:", FORGED);
    logWarning("[next-auth][warn]", FORGED);
    expect(error).toHaveBeenCalledExactlyOnceWith(`request failed: ${escapeForLog(FORGED)}`);
    expect(warn).toHaveBeenCalledExactlyOnceWith(`[next-auth][warn] ${escapeForLog(FORGED)}`);
  });
});
