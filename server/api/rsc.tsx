/** tRPC for server components: a caller for data only the server renders. */
import "server-only";

import { cache } from "react";

import { readSessionCookie } from "~/server/auth/session";
import { appRouter } from "./root";
import { createCallerFactory, createTRPCContext } from "./trpc";

const createContext = cache(() => createTRPCContext({ getSession: readSessionCookie }));

/** Data only the server renders: no query cache, nothing serialized to the browser. */
export const api = createCallerFactory(appRouter)(createContext);
