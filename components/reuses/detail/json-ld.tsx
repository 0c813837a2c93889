import { useTranslations } from "next-intl";

import { absoluteUrl, reusePath } from "~/lib/site-urls";
import { allowedUrl } from "~/lib/safe-url";

import type { ReuseDetail, ReuseProducer } from "~/components/reuses/reuse-types";

interface ReuseJsonLdProps {
  reuse: ReuseDetail;
  producer: ReuseProducer | undefined;
  /** The description as plain text. */
  description: string;
  siteUrl: string;
}

/**
 * schema.org data of a reuse's page: the reuse (`SoftwareApplication` for an application, else `CreativeWork`)
 * and the breadcrumb Accueil › Réutilisations › title.
 */
export function ReuseJsonLd({ reuse, producer, description, siteUrl }: ReuseJsonLdProps) {
  const t = useTranslations("reuse");
  const url = absoluteUrl(siteUrl, reusePath(reuse.slug));
  const datasets = reuse.datasets.flatMap((dataset) => {
    const page = allowedUrl(dataset.page);
    return page ? [{ "@type": "Dataset", name: dataset.title, url: page }] : [];
  });
  const work = {
    "@context": "https://schema.org",
    "@type": reuse.type === "application" ? "SoftwareApplication" : "CreativeWork",
    name: reuse.title,
    description,
    url,
    sameAs: allowedUrl(reuse.url),
    image: allowedUrl(reuse.image),
    dateCreated: reuse.created_at,
    dateModified: reuse.last_modified,
    keywords: reuse.tags.length > 0 ? reuse.tags.join(", ") : undefined,
    author: producer && { "@type": producer.kind === "organization" ? "Organization" : "Person", name: producer.name },
    isBasedOn: datasets.length > 0 ? datasets : undefined,
    creativeWorkStatus: reuse.archived ? "Archived" : undefined,
  };
  const breadcrumb = {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: [
      { "@type": "ListItem", position: 1, name: t("home"), item: absoluteUrl(siteUrl, "/") },
      { "@type": "ListItem", position: 2, name: t("reuses"), item: absoluteUrl(siteUrl, "/reuses") },
      { "@type": "ListItem", position: 3, name: reuse.title, item: url },
    ],
  };
  return (
    <>
      <JsonLd data={work} />
      <JsonLd data={breadcrumb} />
    </>
  );
}

/** JSON in a <script>: `<` written `\u003c`, so that no text from upstream can close the element. */
function JsonLd({ data }: { data: object }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  );
}
