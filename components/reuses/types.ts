import type { RouterOutputs } from "~/server/api/root";

export type ReuseCardData = RouterOutputs["reuses"]["list"]["data"][number];
