import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { Link } from "~/components/link";
import { PageFailureView } from "~/components/errors/page-failure";
import { Breadcrumb } from "~/components/reuses/detail/breadcrumb";
import { FollowerList } from "~/components/reuses/detail/follower-list";
import { loadReuse, redirectToCurrentSlug } from "~/server/pages/reuse";
import { failureMetadata } from "~/components/reuses/detail/metadata";
import { Pagination } from "~/components/ui/pagination";
import { pageData } from "~/server/pages/page-data";
import { followersPageSchema } from "~/server/api/routers/public/reuses/detail";
import { FOLLOWERS_PAGE_SIZE } from "~/lib/reuses/followers";
import { api } from "~/server/api/rsc";
import { reusePath } from "~/lib/site-urls";
import { localeOf } from "~/lib/i18n/paths";

type Props = PageProps<"/[locale]/reuses/[slug]/abonnes">;

/** `?page=`: anything but a page number in range is the first page. */
function pageOf(param: string | string[] | undefined): number {
  const parsed = followersPageSchema.safeParse(Number(param));
  return parsed.success ? parsed.data : 1;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await loadReuse((await params).slug);
  if ("failure" in result) return failureMetadata(result.failure);
  const [reuse] = result.data;
  // A list of names says nothing a search engine should show: the reuse's page is what is indexed.
  const t = await getTranslations("followers");
  return { title: t("title", { title: reuse.title }), robots: { index: false, follow: true } };
}

/**
 * The followers of a reuse, 20 a page, rendered on the server: the reuse comes from the shared cache the
 * reuse's page filled (the followers procedure reads it again, from there), then one call for the page of followers.
 */
export default async function ReuseFollowersPage({ params, searchParams }: Props) {
  const { slug, locale } = await params;
  const page = pageOf((await searchParams).page);
  const base = `${reusePath(slug)}/abonnes`;
  const reuseResult = await loadReuse(slug);
  if ("failure" in reuseResult) return <PageFailureView failure={reuseResult.failure} retryHref={base} />;
  const [reuse] = reuseResult.data;
  redirectToCurrentSlug(slug, reuse, localeOf(locale), page > 1 ? `/abonnes?page=${page}` : "/abonnes");
  const result = await pageData(api.reuses.followers({ slug, page }));
  if ("failure" in result) return <PageFailureView failure={result.failure} retryHref={`${base}?page=${page}`} />;
  const followers = result.data;
  const last = Math.max(1, Math.ceil(followers.total / FOLLOWERS_PAGE_SIZE));
  const reuseHref = reusePath(reuse.slug);
  const t = await getTranslations("followers");

  return (
    <>
      <Breadcrumb trail={[{ href: reuseHref, label: reuse.title }]} current={t("breadcrumb")} />
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{t("title", { title: reuse.title })}</h1>
      <p className="mt-2 text-muted">
        {page > 1
          ? t("summaryPaged", { count: followers.total, page, last })
          : t("summary", { count: followers.total })}
      </p>
      <FollowerList followers={followers.data} />
      <Pagination current={page} last={last} hrefFor={(target) => (target === 1 ? base : `${base}?page=${target}`)} />
      <p className="mt-8">
        <Link href={reuseHref}>{t("backToReuse")}</Link>
      </p>
    </>
  );
}
