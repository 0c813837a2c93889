import { getTranslations } from "next-intl/server";

import { Link } from "~/components/link";
import { HttpStatus } from "~/components/http-status";
import { NotFoundView } from "./not-found-view";
import type { PageFailure } from "~/server/pages/page-data";

/** The page shown instead of one whose data could not be had: a 404, a 410 or a 502/503/504 with a retry. */
export async function PageFailureView({ failure, retryHref }: { failure: PageFailure; retryHref: string }) {
  // Not notFound(): thrown once the page has started rendering, it leaves an empty document that only JavaScript
  // fills. The status mark makes the front server answer 404 all the same.
  if (failure.kind === "not-found") {
    return (
      <>
        <HttpStatus code={404} />
        <NotFoundView />
      </>
    );
  }
  const t = await getTranslations("pageFailure");
  if (failure.kind === "gone") {
    return (
      <div className="max-w-2xl">
        <HttpStatus code={410} />
        <h1 className="text-3xl font-bold">{t("goneTitle")}</h1>
        <p className="mt-4">{t("goneText")}</p>
        <p className="mt-4">
          <Link href="/reuses">{t("seeOtherReuses")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      <HttpStatus code={failure.status} />
      <h1 className="text-3xl font-bold">{t("unavailableTitle")}</h1>
      <p className="mt-4">{failure.message}</p>
      <p className="mt-4">
        <a href={retryHref}>{t("retry")}</a>
      </p>
    </div>
  );
}
