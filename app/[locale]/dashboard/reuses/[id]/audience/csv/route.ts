import { appRouter } from "~/server/api/root";
import { createCallerFactory, createTRPCContext } from "~/server/api/trpc";
import { readSessionCookie } from "~/server/auth/session";
import { getReuseMonthsCsv } from "~/server/datagouv/metrics";
import { OBJECT_ID_PATTERN } from "~/lib/udata/vocabulary";

/**
 * Every month of a reuse the caller manages, as data.gouv.fr's metrics service writes it (CSV): the service's
 * answer passed through, asked for while the caller's rights are checked. Without the service, back to the page.
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/dashboard/reuses/[id]/audience/csv">) {
  const { id } = await params;
  if (!OBJECT_ID_PATTERN.test(id)) return new Response(null, { status: 404 });
  const caller = createCallerFactory(appRouter)(
    createTRPCContext({ getSession: readSessionCookie, headers: request.headers }),
  );
  const csv = getReuseMonthsCsv(id).catch(() => null);
  const reuse = await caller.producerReuses.get({ id }).catch(() => null);
  const body = await csv;
  if (!reuse?.canEdit) {
    await body?.cancel();
    return new Response(null, { status: 404 });
  }
  if (!body) return new Response(null, { status: 303, headers: { location: `/dashboard/reuses/${id}/audience` } });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="visites-mensuelles-${reuse.slug}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
