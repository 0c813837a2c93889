// Two instances on one DATA_DIR (no Redis): they share the SQLite file (WAL, busy_timeout) and work together,
// sessions and sign-in limits included, with no SQLITE_BUSY ("database is locked") reaching anyone.
import path from "node:path";

import { httpSession } from "./http-session.mjs";
import { exitCode, signalGroup } from "./proc.mjs";
import { integrityCheck } from "./scale-disk-mount.mjs";
import { mixedTraffic, signInOnce, summary } from "./scale-disk-traffic.mjs";
import { getPage } from "./scale-site.mjs";
import { startApp } from "./test-stack.mjs";

const SIGN_IN_LIMIT = 5;

export async function checkSharedDataDir({ dir, sandbox, secret }, results, { durationS }) {
  const dataDir = path.join(dir, "shared-data");
  const [a, b] = await Promise.all([0, 1].map(() => startApp({ sandboxUrl: sandbox.url, dataDir, secret })));
  const instances = [a, b];

  // Writes from both at once: sign-ins (a counter and a vault entry each), pages filling the data cache.
  const step = async (n) => {
    const app = instances[n % 2];
    if (n % 4 < 2) {
      const { status } = await signInOnce(app.url, 5_000 + n);
      return { kind: "sign-in", ok: status === 200, status };
    }
    const { status } = await getPage(`${app.url}/reuses?page=${2 + (n % 5)}`);
    return { kind: "public", ok: status === 200, status };
  };
  const traffic = summary(await mixedTraffic({ durationS, workers: 6 }, step));
  results.figure("disk: one DATA_DIR for two instances, requests (writes from both)", traffic.requests);
  results.figure("disk: one DATA_DIR for two instances, failed requests", traffic.failed);
  await results.verify("disk: two instances on one DATA_DIR write at once, none fails", () => ({
    ok: traffic.failed === 0 && traffic.requests > 0,
    detail: `${traffic.requests} requests in ${durationS} s, ${traffic.failed} failed: ${traffic.detail}`,
  }));

  await results.verify("disk: two instances on one DATA_DIR share sessions and the sign-in limit", async () => {
    const { session } = await signInOnce(a.url, 9_999);
    // Signed in through A, the producer's dashboard through B.
    const seenByB = (await getPage(`${b.url}/dashboard`, session)).status;
    // Wrong keys from one address, through A and B in turn: counted together, the 6th is refused.
    const clients = [a, b].map((app) => httpSession(app.url, { clientAddress: "192.0.2.77" }));
    const statuses = [];
    for (let attempt = 0; attempt <= SIGN_IN_LIMIT; attempt++) {
      statuses.push(await clients[attempt % 2].signIn("not-an-api-key"));
    }
    const limited = statuses.at(-1) === 429;
    return { ok: seenByB === 200 && limited, detail: `dashboard on B: HTTP ${seenByB}; attempts: ${statuses}` };
  });

  const logs = a.output() + b.output();
  await results.verify("disk: two instances on one DATA_DIR, no SQLITE_BUSY in their logs", () => {
    const busy = (logs.match(/SQLITE_BUSY|database is locked/g) ?? []).length;
    return { ok: busy === 0, detail: `${busy} mention(s)` };
  });

  for (const app of instances) signalGroup(app.child, "SIGTERM");
  await Promise.all(instances.map((app) => exitCode(app.child)));
  await results.verify("disk: after two instances on one DATA_DIR, PRAGMA integrity_check is ok", () => {
    const verdict = integrityCheck(path.join(dataDir, "store.sqlite"));
    return { ok: verdict === "ok", detail: verdict };
  });
}
