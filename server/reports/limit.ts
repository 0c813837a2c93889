import "server-only";

import { createRateLimiter } from "~/server/auth/rate-limit";
import { getStore } from "~/server/store";

/** Five reports per ten minutes per client address, counted in the shared store (so across instances). */
export const reportLimiter = createRateLimiter(getStore(), { limit: 5, windowMs: 10 * 60_000, prefix: "report" });
