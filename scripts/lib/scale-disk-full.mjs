// A full disk under the store: an instance whose DATA_DIR is a small tmpfs, filled to the last block while
// visitors, a signed-in producer and people signing in use it. Public pages keep answering; what needs to write
// to the store (signing in) is refused with a French 503, never a 500; once space is freed it works again, with
// no restart; the SQLite file is sound afterwards, even after a crash.
import { rmSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { exitCode, signalGroup } from "./proc.mjs";
import { fillDisk, integrityCheck, mountTmpfs } from "./scale-disk-mount.mjs";
import { mixedTraffic, signInOnce, STORE_UNAVAILABLE_FR, summary } from "./scale-disk-traffic.mjs";
import { catalogueReuse, getPage } from "./scale-site.mjs";
import { startApp } from "./test-stack.mjs";

const DISK_SIZE = "24m";
const RECOVERY_TIMEOUT_MS = 30_000;

/** The public pages asked for during the failure: cached ones and reuse pages never shown before. */
async function publicPaths(sandboxUrl) {
  const reuses = await Promise.all([40, 41, 42, 43, 44, 45].map((page) => catalogueReuse(sandboxUrl, page)));
  return ["/", "/reuses", "/reuses?page=2", "/en", ...reuses.map((slug) => `/reuses/${slug}`)];
}

export async function checkFullDisk({ dir, sandbox, secret }, results, { durationS }) {
  const dataDir = mountTmpfs(path.join(dir, "full-disk"), DISK_SIZE);
  const app = await startApp({ sandboxUrl: sandbox.url, dataDir, secret });
  const paths = await publicPaths(sandbox.url);
  const producer = await signInOnce(app.url, 1);
  if (producer.status !== 200) throw new Error(`the producer could not sign in before the disk filled up`);

  const filler = path.join(dataDir, "filler");
  results.figure("disk: full disk, bytes written to fill it", fillDisk(filler));
  // Each step: a public page, the producer's dashboard, a new sign-in, in turn.
  const step = async (n) => {
    if (n % 3 === 0) {
      const { status } = await getPage(`${app.url}${paths[(n / 3) % paths.length]}`);
      return { kind: "public", ok: status === 200, status };
    }
    if (n % 3 === 1) {
      const { status } = await getPage(`${app.url}/dashboard`, producer.session);
      return { kind: "dashboard", ok: status === 200 || status === 503, status };
    }
    const { status, refused, label } = await signInOnce(app.url, 1_000 + n);
    return { kind: "sign-in", ok: status === 200 || refused, status: label };
  };
  const during = summary(await mixedTraffic({ durationS, workers: 4 }, step));
  results.figure("disk: full disk, requests during the failure", during.requests);
  results.figure("disk: full disk, failed requests (a 500, a hang, a public page not 200)", during.failed);
  await results.verify(
    "disk: full DATA_DIR, public pages 200, the rest 200 or refused saying why, never a 500",
    () => ({
      ok: during.failed === 0 && during.requests > 0 && app.child.exitCode === null,
      detail: `${during.requests} requests in ${durationS} s, ${during.failed} failed: ${during.detail}`,
    }),
  );
  await results.verify(
    "disk: full DATA_DIR, a sign-in is refused, and the sign-in page says why in French",
    async () => {
      const { refused, label } = await signInOnce(app.url, 900);
      const page = await getPage(`${app.url}/sign-in?error=StoreUnavailable`);
      const saysWhy = page.html.includes(STORE_UNAVAILABLE_FR);
      return { ok: refused && saysWhy, detail: `sign-in: HTTP ${label}; sign-in page says why: ${saysWhy}` };
    },
  );

  rmSync(filler, { force: true });
  rmSync(`${filler}-tail`, { force: true });
  const freed = Date.now();
  await results.verify("disk: once space is freed, signing in works again without a restart", async () => {
    let attempt = 0;
    while (Date.now() - freed < RECOVERY_TIMEOUT_MS) {
      const { status } = await signInOnce(app.url, 2_000 + attempt++);
      if (status === 200) {
        const seconds = (Date.now() - freed) / 1000;
        results.figure("disk: full disk, time to recover after space is freed (s)", seconds);
        return { ok: true, detail: `signed in ${seconds} s after, at attempt ${attempt}` };
      }
      await sleep(250);
    }
    return { ok: false, detail: `no sign-in within ${RECOVERY_TIMEOUT_MS / 1000} s` };
  });

  // A crash, the hardest end for the file: SIGKILL, no chance to close it.
  signalGroup(app.child, "SIGKILL");
  await exitCode(app.child);
  await results.verify("disk: after the full disk and a crash, PRAGMA integrity_check is ok", () => {
    const verdict = integrityCheck(path.join(dataDir, "store.sqlite"));
    return { ok: verdict === "ok", detail: verdict };
  });
}
