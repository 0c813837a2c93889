import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { listParams } from "~/components/dashboard/lists/list-params";
import { BackToReuses } from "~/components/dashboard/reuses/back-link";
import { FollowerList } from "~/components/dashboard/reuses/followers/follower-list";
import { PageFailureView } from "~/components/errors/page-failure";
import { Pagination } from "~/components/ui/pagination";
import { pageData } from "~/server/pages/page-data";
import { FOLLOWERS_PAGE_SIZE } from "~/lib/reuses/followers";
import { followersPageSchema } from "~/server/api/routers/public/reuses/detail";
import { api } from "~/server/api/rsc";
import { OBJECT_ID_PATTERN } from "~/lib/udata/vocabulary";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.followers");
  return { title: t("metaTitle") };
}

/** The followers of one of the producer's reuses, a page at a time. */
export default async function ReuseFollowersPage({
  params,
  searchParams,
}: PageProps<"/[locale]/dashboard/reuses/[id]/followers">) {
  const { id } = await params;
  if (!OBJECT_ID_PATTERN.test(id)) notFound();
  // Pages of followers go up to 1000 (udata answers 404 past the last one): beyond is the first page.
  const page = followersPageSchema.safeParse(listParams(await searchParams).page).data ?? 1;
  const path = `/dashboard/reuses/${id}/followers`;
  const result = await pageData(
    Promise.all([api.producerReuses.get({ id }), api.producerReuses.followers({ id, page })]),
  );
  if ("failure" in result) return <PageFailureView failure={result.failure} retryHref={path} />;
  const [reuse, followers] = result.data;
  const t = await getTranslations("dashboard.followers");

  return (
    <>
      <BackToReuses href={`/dashboard/reuses/${id}`} label={reuse.title} />
      <h1 className="text-3xl font-bold break-words">{t("heading", { title: reuse.title })}</h1>
      <FollowerList followers={followers} />
      <Pagination
        current={page}
        last={Math.max(1, Math.ceil(followers.total / FOLLOWERS_PAGE_SIZE))}
        hrefFor={(number) => (number > 1 ? `${path}?page=${number}` : path)}
      />
    </>
  );
}
