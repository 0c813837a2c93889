import "server-only";

import { getStore } from "~/server/store";
import { createRateLimiter } from "./rate-limit";

export { CLIENT_ADDRESS_HEADER } from "~/server/http/client-address";

/** Five sign-in attempts a minute per client address, counted in the shared store (so across instances). */
export const signInLimiter = createRateLimiter(getStore(), { limit: 5, windowMs: 60_000, prefix: "sign-in" });
