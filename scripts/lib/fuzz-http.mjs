// The fuzzer's HTTP: requests sent exactly as written (node:http, no URL normalization: `..`, `%2e`, `%00` reach
// the server as they are), and the sandbox's request log, which witnesses every upstream request.
import http from "node:http";

const TIMEOUT_MS = 30_000;
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/**
 * Sends one request to `baseUrl` with `target` as the request line's path, verbatim. Resolves with
 * `{status, headers, body}` (headers as node gives them: lower-case names); status 0 and `error` when no answer
 * came (connection reset, timeout).
 */
export function send(baseUrl, { method = "GET", target, headers = {}, body }) {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    let request;
    try {
      request = http.request({ agent, hostname, port, method, path: target, headers, timeout: TIMEOUT_MS });
    } catch (error) {
      // node refuses some paths itself (characters above U+00FF): nothing was sent.
      resolve({ status: -1, headers: {}, body: Buffer.alloc(0), error: error.code ?? error.message });
      return;
    }
    request.on("response", (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on("error", (error) => resolve({ status: 0, headers: {}, body: Buffer.alloc(0), error: error.message }));
    });
    request.on("timeout", () => request.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    request.on("error", (error) => resolve({ status: 0, headers: {}, body: Buffer.alloc(0), error: error.message }));
    request.end(body);
  });
}

/** Percent-encodes a string as UTF-8; a lone surrogate becomes the bytes a naive encoder writes (invalid UTF-8). */
export function encodeComponent(value) {
  if (value.isWellFormed()) return encodeURIComponent(value);
  let encoded = "";
  // Iterating a string gives code points, and lone surrogates on their own.
  for (const char of value) {
    const code = char.codePointAt(0);
    encoded += code >= 0xd800 && code <= 0xdfff ? surrogateBytes(code) : encodeURIComponent(char);
  }
  return encoded;
}

/** The three bytes a UTF-8 encoder would write for the code unit, which no decoder accepts. */
function surrogateBytes(code) {
  const bytes = [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
  return bytes.map((byte) => `%${byte.toString(16).toUpperCase()}`).join("");
}

/** The sandbox's log of /api requests: `clear()` before a request, `read()` after it. */
export function upstreamLog(sandboxUrl) {
  const call = async (method) => {
    const response = await fetch(`${sandboxUrl}/_sandbox/requests`, { method });
    if (!response.ok) throw new Error(`sandbox request log: HTTP ${response.status}`);
    return method === "GET" ? response.json() : response.body?.cancel();
  };
  return { clear: () => call("DELETE"), read: () => call("GET") };
}
