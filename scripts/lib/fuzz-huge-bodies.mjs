// The memory checks of `node scripts/fuzz.mjs`: huge bodies, streamed as an attacker sends them (hundreds of
// megabytes, chunked or with their length declared), to the sign-in form, a JSON procedure and an upload. The
// front server must answer 413 having taken in about the limit, and its memory (RSS) must not grow: before the
// limits, one 300 MB sign-in post took it from 0.26 to 1.1 GB, and it stayed near 0.8 GB afterwards.
import http from "node:http";

import { megabytes, residentBytes } from "./load-memory.mjs";

const MB = 2 ** 20;
/** How much the server may grow over all of them: what a few ordinary requests cost. */
const MAX_GROWTH = 64 * MB;
/** What a client may have sent when the answer comes: the limit, and what the connection's buffers held. */
const MAX_SENT = 32 * MB;
const CHUNK = Buffer.alloc(64 * 1024, "a");

/** Streams up to `bytes` of body, stopping at the answer; resolves with `{status, sent, error}`. */
function stream(baseUrl, { target, headers, bytes, declare = false }) {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    let sent = 0;
    let done = false;
    const finish = (status, error) => {
      if (done) return;
      done = true;
      resolve({ status, sent, error });
      request.destroy();
    };
    const length = declare ? { "content-length": String(bytes) } : {};
    const request = http.request({ hostname, port, method: "POST", path: target, headers: { ...headers, ...length } });
    request.on("response", (response) => {
      response.resume();
      response.on("end", () => finish(response.statusCode ?? 0));
      response.on("error", (error) => finish(response.statusCode ?? 0, error.message));
    });
    request.on("error", (error) => finish(0, error.code ?? error.message));
    const pump = () => {
      while (sent < bytes && !done) {
        sent += CHUNK.length;
        if (!request.write(CHUNK)) return void request.once("drain", pump);
      }
      if (!done) request.end();
    };
    pump();
  });
}

/** `[{name, ok, detail}]`: each attack answered 413 early, and the server's memory before and after. */
export async function hugeBodyChecks(stack, { anonymous, producer }) {
  const origin = new URL(stack.appUrl).origin;
  const json = { "content-type": "application/json", origin };
  const attacks = [
    {
      label: "sign-in form, 300 MB chunked",
      identity: anonymous,
      target: "/api/auth/callback/api-key",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      bytes: 300 * MB,
    },
    ...[1, 2, 3].map((n) => ({
      label: `JSON procedure, signed in, 150 MB chunked (${n}/3)`,
      identity: producer,
      target: "/api/trpc/account.profile.update",
      headers: json,
      bytes: 150 * MB,
    })),
    {
      label: "avatar upload, signed in, 120 MB declared",
      identity: producer,
      target: "/api/trpc/account.profile.uploadAvatar",
      headers: { "content-type": "multipart/form-data; boundary=fuzz", origin },
      bytes: 120 * MB,
      declare: true,
    },
  ];
  const pid = stack.app.child.pid;
  const before = residentBytes(pid);
  const checks = [];
  for (const { label, identity, headers, ...attack } of attacks) {
    const answer = await stream(stack.appUrl, { ...attack, headers: { ...identity.headers(), ...headers } });
    checks.push({
      name: `Huge body refused early: ${label}`,
      ok: answer.status === 413 && answer.sent <= MAX_SENT,
      detail: `HTTP ${answer.status}${answer.error ? ` (${answer.error})` : ""}, ${megabytes(answer.sent)} sent`,
    });
  }
  const after = residentBytes(pid);
  checks.push({
    name: "Huge bodies leave the server's memory as it was",
    ok: before !== undefined && after !== undefined && after - before < MAX_GROWTH,
    detail: `RSS ${megabytes(before)} before, ${megabytes(after)} after (at most +${megabytes(MAX_GROWTH)})`,
  });
  return checks;
}
