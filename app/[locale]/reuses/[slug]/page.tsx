import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageFailureView } from "~/components/errors/page-failure";
import { ArchivedBanner } from "~/components/reuses/detail/archived-banner";
import { Breadcrumb } from "~/components/reuses/detail/breadcrumb";
import { DatasetList } from "~/components/reuses/detail/dataset-list";
import { DataserviceList } from "~/components/reuses/detail/dataservice-list";
import { ReuseJsonLd } from "~/components/reuses/detail/json-ld";
import { labelOf, listedBadges } from "~/components/reuses/labels";
import { loadReuse, redirectToCurrentSlug } from "~/server/pages/reuse";
import { failureMetadata, reuseMetadata, SUMMARY_LENGTH } from "~/components/reuses/detail/metadata";
import { MoreFromProducer } from "~/components/reuses/detail/more-from-producer";
import { ReuseDescription } from "~/components/reuses/detail/reuse-description";
import { ReuseDiscussionsSection } from "~/components/reuses/discussions/reuse-discussions-section";
import { loadReuseDiscussions } from "~/server/pages/reuse-discussions";
import { loadReuseAudience } from "~/server/pages/reuse-audience";
import { ReuseAudienceSection } from "~/components/reuses/detail/reuse-audience-section";
import { renderMarkdown } from "~/server/markdown/render";
import { ReuseFigures } from "~/components/reuses/detail/reuse-figures";
import { ReuseHeader } from "~/components/reuses/detail/reuse-header";
import { ReuseActions } from "~/components/reuses/detail/reuse-actions";
import { Section } from "~/components/reuses/detail/section";
import { TagList } from "~/components/reuses/detail/tag-list";
import { ShareSection } from "~/components/reuses/share/share-section";
import { withOembedDiscovery } from "~/components/reuses/share/oembed-discovery";
import { producerOf } from "~/components/reuses/reuse-types";
import { env } from "~/server/env";
import { plainTextExcerpt } from "~/server/seo/plain-text";
import { absoluteUrl, reusePath } from "~/lib/site-urls";
import { localeOf, localizedPath } from "~/lib/i18n/paths";

export async function generateMetadata({ params }: PageProps<"/[locale]/reuses/[slug]">): Promise<Metadata> {
  const { slug, locale } = await params;
  void loadReuseDiscussions(slug, 1).catch(() => undefined); // the metadata may be resolved first: the discussions go out with the reuse
  void loadReuseAudience(slug); // and the audience too
  const result = await loadReuse(slug);
  if ("failure" in result) return failureMetadata(result.failure);
  const [reuse] = result.data;
  const metadata = await reuseMetadata(reuse, plainTextExcerpt(reuse.description, SUMMARY_LENGTH));
  const pageUrl = absoluteUrl(env.NEXTAUTH_URL, localizedPath(localeOf(locale), reusePath(reuse.slug)));
  return withOembedDiscovery(metadata, pageUrl, reuse.title);
}

export default async function ReusePage({ params }: PageProps<"/[locale]/reuses/[slug]">) {
  const { slug, locale } = await params;
  const discussions = loadReuseDiscussions(slug, 1); // not awaited: it goes out with the reuse's request
  const audience = loadReuseAudience(slug); // the same (data.gouv.fr's metrics service)
  const result = await loadReuse(slug);
  if ("failure" in result) return <PageFailureView failure={result.failure} retryHref={reusePath(slug)} />;
  const [reuse, types, topics, badgeKinds] = result.data;
  redirectToCurrentSlug(slug, reuse, localeOf(locale));
  const producer = producerOf(reuse);
  const t = await getTranslations("reuse");

  return (
    <>
      <Breadcrumb trail={[]} current={reuse.title} />
      {reuse.archived && <ArchivedBanner since={reuse.archived} />}
      <ReuseHeader
        reuse={reuse}
        typeLabel={labelOf(types, reuse.type) ?? reuse.type}
        topicLabel={labelOf(topics, reuse.topic)}
        badges={listedBadges(reuse.badges, badgeKinds)}
        producer={producer}
      />
      <ReuseActions slug={reuse.slug} followers={reuse.metrics.followers ?? 0} />
      <div className="mt-12 grid grid-cols-[minmax(0,1fr)] gap-12 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 max-w-prose space-y-12">
          <Section id="description" title={t("descriptionTitle")}>
            <ReuseDescription sanitizedHtml={renderMarkdown(reuse.description)} />
          </Section>
          <Section
            id="jeux-de-donnees"
            title={t("datasetsTitle", { count: reuse.datasets.length + reuse.dataservices.length })}
          >
            <DatasetList datasets={reuse.datasets} hasDataservices={reuse.dataservices.length > 0} />
            <DataserviceList dataservices={reuse.dataservices} />
          </Section>
          <ReuseAudienceSection audience={audience} />
          <ReuseDiscussionsSection discussions={discussions} href={`${reusePath(reuse.slug)}/discussions`} />
        </div>
        <div className="space-y-10">
          <Section id="chiffres" title={t("figuresTitle")}>
            <ReuseFigures reuse={reuse} />
          </Section>
          <Section id="mots-cles" title={t("tagsTitle")}>
            <TagList tags={reuse.tags} />
          </Section>
          <ShareSection reuse={reuse} siteUrl={env.NEXTAUTH_URL} />
        </div>
      </div>
      {producer && <MoreFromProducer reuseId={reuse.id} producer={producer} types={types} topics={topics} />}
      <ReuseJsonLd
        reuse={reuse}
        producer={producer}
        description={plainTextExcerpt(reuse.description, 500)}
        siteUrl={env.NEXTAUTH_URL}
      />
    </>
  );
}
