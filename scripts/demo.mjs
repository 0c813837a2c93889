// `npm run demo`: builds the app and serves it on $PORT (3000) against the sandbox (port $SANDBOX_PORT, 7000),
// unless DATAGOUV_URL points to another data.gouv.fr. One command, no set-up; Ctrl-C stops everything.
import { serve } from "./lib/stack.mjs";

await serve({ mode: "start" });
