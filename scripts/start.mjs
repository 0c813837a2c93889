// `npm start`: serves the production build on $PORT (default 3000).
// Unlike `next start`, which prepares the app on the first request, this prepares it before listening, so a
// bad environment (checked by instrumentation.ts) stops the server at start-up with its one-line message.
import { createServer } from "node:http";

import next from "next";

import { ROOT } from "./lib/paths.mjs";

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "0.0.0.0";

const app = next({ dev: false, dir: ROOT, port, hostname });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => handle(req, res));
server.listen(port, hostname, () => console.log(`Serving the reuse portal on http://${hostname}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
