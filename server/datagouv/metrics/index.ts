import "server-only";

// data.gouv.fr's metrics service (METRICS_URL), a second upstream beside udata.
export { getReuseMonths, getReuseTotal, getReusesMonths, getReuseMonthsCsv } from "./reuse-visits";
export type { ReuseMonthRow } from "./schemas";
