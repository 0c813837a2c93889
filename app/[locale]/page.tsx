import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { Link } from "~/components/link";
import { HttpStatus } from "~/components/http-status";
import { HomeSearch } from "~/components/reuses/listing/home-search";
import { pageMetadata } from "~/components/reuses/listing/page-metadata";
import { ReuseGrid } from "~/components/reuses/card/reuse-grid";
import { reuseCardText } from "~/components/reuses/card/card-text";
import { TopicLinks } from "~/components/reuses/listing/topic-links";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";
import { PRIMARY_BUTTON } from "~/components/ui/styles";
import { labelMap } from "~/lib/udata/label-map";
import { LISTING_PATH } from "~/lib/reuses/listing-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  return pageMetadata({ title: t("title"), absolute: true, description: t("description"), canonical: "/" });
}

// Rendered for each request (the front server keeps it a minute), never at build time, when udata may be away.
export const dynamic = "force-dynamic";

/** Reuses shown in each of the home page's lists. */
const SECTION_SIZE = 6;

export default async function HomePage() {
  const locale = await getLocale();
  // All at once; each section shows what it got, so that one failing call leaves the rest of the page.
  const [featured, newest, counts, types, topics] = await Promise.all([
    pageData(api.reuses.list({ featured: true, size: SECTION_SIZE })),
    pageData(api.reuses.list({ size: SECTION_SIZE })),
    pageData(api.reuses.topicCounts()),
    pageData(api.reuses.types({ locale })),
    pageData(api.reuses.topics({ locale })),
  ]);
  const labelsOf = (list: typeof types | typeof topics) => labelMap("data" in list ? list.data : []);
  const typeLabels = labelsOf(types);
  const topicLabels = labelsOf(topics);
  const topicCounts =
    "data" in counts
      ? counts.data
          .map(({ topic, total }) => ({ topic, total, label: topicLabels.get(topic) ?? topic }))
          .sort((a, b) => Number(a.topic === "others") - Number(b.topic === "others") || b.total - a.total)
      : undefined;
  const t = await getTranslations("home");
  const cardText = reuseCardText(await getTranslations("reuseCard"), locale);
  const unavailable = <p className="mt-4 text-muted">{t("unavailable")}</p>;

  return (
    <>
      {"failure" in featured && "failure" in newest && !topicCounts && <HttpStatus code={503} />}
      <div className="rounded bg-brand-soft px-4 py-8 sm:px-10 sm:py-10">
        <h1 className="max-w-3xl text-2xl font-bold sm:text-4xl">{t("heading")}</h1>
        <p className="mt-4 max-w-3xl sm:text-lg">{t("intro")}</p>
        <HomeSearch />
        <p className="mt-4">
          <Link href={LISTING_PATH}>{t("browseAll")}</Link>
        </p>
      </div>

      <HomeSection id="featured" title={t("featuredTitle")}>
        {"failure" in featured ? (
          unavailable
        ) : featured.data.data.length === 0 ? (
          <p className="mt-4 text-muted">{t("noFeatured")}</p>
        ) : (
          <ReuseGrid reuses={featured.data.data} types={typeLabels} topics={topicLabels} text={cardText} />
        )}
      </HomeSection>

      <HomeSection id="topics" title={t("topicsTitle")}>
        {topicCounts ? <TopicLinks topics={topicCounts} /> : unavailable}
      </HomeSection>

      <HomeSection id="newest" title={t("newestTitle")}>
        {"data" in newest ? (
          <>
            <ReuseGrid reuses={newest.data.data} types={typeLabels} topics={topicLabels} text={cardText} />
            <p className="mt-6">
              <Link href={LISTING_PATH}>{t("seeAllNewest")}</Link>
            </p>
          </>
        ) : (
          unavailable
        )}
      </HomeSection>

      <HomeSection id="producers" title={t("producersTitle")}>
        <div className="mt-4 flex flex-col gap-4 rounded border border-line bg-surface p-6 sm:flex-row sm:items-center sm:justify-between">
          <p className="max-w-2xl">{t("producersText")}</p>
          <Link href="/sign-in" className={`${PRIMARY_BUTTON} no-underline`}>
            {t("signInToPublish")}
          </Link>
        </div>
      </HomeSection>
    </>
  );
}

function HomeSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mt-12">
      <h2 id={`${id}-title`} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
