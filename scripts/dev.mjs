// `npm run dev`: next dev (hot reload) + the sandbox, like `npm run demo` but without a build.
import { serve } from "./lib/stack.mjs";

await serve({ mode: "dev" });
