// nginx for `npm run test:scale`: the documented site file deploy/nginx.conf with this run's ports, inside a main
// configuration that keeps everything (pid, logs, temporary files) in the run's directory and logs which instance
// answered each request.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { ensureDebianPackage } from "../chromium.mjs";
import { freePort, waitForUrl } from "./net.mjs";
import { ROOT } from "./paths.mjs";
import { spawnGroup } from "./proc.mjs";

const SITE_CONFIG = path.join(ROOT, "deploy", "nginx.conf");

const UPSTREAM_SERVER = /^([ \t]*)server 127\.0\.0\.1:\d+((?: [^;\n]*)?);\n/gm;
const LISTEN = /^([ \t]*)listen 80;$/m;

/** The site file with `listen` on `port` and one `server` line per app port; throws when it changed shape. */
function siteConfig(template, { port, appPorts }) {
  let seen = 0;
  const withServers = template.replace(UPSTREAM_SERVER, (_line, indent, parameters) =>
    seen++ > 0 ? "" : appPorts.map((appPort) => `${indent}server 127.0.0.1:${appPort}${parameters};\n`).join(""),
  );
  if (seen === 0 || !LISTEN.test(withServers)) {
    throw new Error(`${SITE_CONFIG} has no "listen 80;" or no "server 127.0.0.1:<port>" line to replace`);
  }
  return withServers.replace(LISTEN, `$1listen 127.0.0.1:${port};`);
}

/**
 * The main configuration around the site file: in the foreground (a child we stop), paths in `dir`. Started as
 * root, nginx runs its workers as nobody, who cannot enter `dir` (mode 0700) to write the temporary files of
 * large answers to slow clients: root's workers stay root.
 */
function mainConfig(dir, siteFile) {
  const file = (name) => path.join(dir, name);
  return `daemon off;
worker_processes 1;
${process.getuid?.() === 0 ? "user root;" : ""}
pid ${file("nginx.pid")};
error_log ${file("error.log")} warn;
events { worker_connections 1024; }
http {
    client_body_temp_path ${file("client-body")};
    proxy_temp_path ${file("proxy")};
    fastcgi_temp_path ${file("fastcgi")};
    uwsgi_temp_path ${file("uwsgi")};
    scgi_temp_path ${file("scgi")};
    log_format upstreams '$msec $status $upstream_addr';
    access_log ${file("access.log")} upstreams;
    include ${siteFile};
}
`;
}

/** Picks nginx's port first: the apps must know the public URL (NEXTAUTH_URL) before nginx can know theirs. */
export async function nginxAddress() {
  const port = await freePort();
  return { port, url: `http://127.0.0.1:${port}` };
}

/** Starts nginx on `address` in front of `appPorts`; resolves once it answers. */
export async function startNginx(dir, address, appPorts) {
  const binary = ensureDebianPackage("/usr/sbin/nginx", "nginx");
  const siteFile = path.join(dir, "site.conf");
  const mainFile = path.join(dir, "nginx.conf");
  writeFileSync(siteFile, siteConfig(readFileSync(SITE_CONFIG, "utf8"), { port: address.port, appPorts }));
  writeFileSync(mainFile, mainConfig(dir, siteFile));
  const child = spawnGroup(binary, ["-p", dir, "-e", path.join(dir, "error.log"), "-c", mainFile], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForUrl(`${address.url}/robots.txt`, 30_000, { child });
  return { ...address, child, accessLog: () => readAccessLog(path.join(dir, "access.log")) };
}

/**
 * The access log so far: per request, when it ended (epoch ms), its status and the instances nginx tried, in
 * order (more than one when it went on to the next after a failure).
 */
function readAccessLog(file) {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [seconds, status, ...tried] = line.split(" ");
      return { at: Number(seconds) * 1000, status: Number(status), tried: tried.join(" ").split(", ") };
    });
}
