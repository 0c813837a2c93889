import { appRouter } from "~/server/api/root";
import { createCallerFactory, createTRPCContext } from "~/server/api/trpc";
import { readSessionCookie } from "~/server/auth/session";
import { audienceCsv } from "~/lib/metrics/audience-csv";

/** The monthly visits of each of the caller's reuses, built from the same figures as the page (CSV). */
export async function GET(request: Request) {
  const caller = createCallerFactory(appRouter)(
    createTRPCContext({ getSession: readSessionCookie, headers: request.headers }),
  );
  const metrics = await caller.account.metrics.get().catch(() => null);
  if (!metrics?.audience.available) {
    return new Response(null, { status: 303, headers: { location: "/dashboard/metrics" } });
  }
  const lines = metrics.audience.reuses.flatMap((reuse) =>
    reuse.months.map((point) => ({ title: reuse.title, reuseId: reuse.id, month: point.month, visits: point.visits })),
  );
  return new Response(audienceCsv(lines), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="visites-mensuelles-mes-reutilisations.csv"',
      "cache-control": "private, no-store",
    },
  });
}
