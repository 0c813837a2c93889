import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { Link } from "~/components/link";
import { listingHref } from "~/components/reuses/listing/listing-url";
import { allowedUrl } from "~/lib/safe-url";

import type { ReuseProducer } from "~/components/reuses/reuse-types";

/**
 * "Publiée par" the organization, linked to the listing of its reuses, or by the person, unlinked: the
 * listing filters on organizations only (`owner` is not one of its URL parameters).
 */
export function ProducerLine({ producer }: { producer: ReuseProducer }) {
  const t = useTranslations("reuse");
  const name = (chunks: ReactNode) => <span className="font-semibold">{chunks}</span>;
  return (
    <p className="mt-4 flex items-center gap-3">
      <ProducerImage producer={producer} />
      <span className="min-w-0 [overflow-wrap:anywhere]">
        {t.rich("publishedBy", {
          name: producer.name,
          producer: (chunks) =>
            producer.kind === "organization" ? (
              <Link href={listingHref({ tags: [], page: 1, organization: producer.id })}>
                {name(chunks)}
                <span className="sr-only"> {t("producerReusesHint")}</span>
              </Link>
            ) : (
              name(chunks)
            ),
        })}
      </span>
    </p>
  );
}

function ProducerImage({ producer }: { producer: ReuseProducer }) {
  const shape = producer.kind === "organization" ? "rounded" : "rounded-full";
  const src = allowedUrl(producer.image);
  if (!src) {
    return (
      <span
        aria-hidden="true"
        className={`flex size-10 shrink-0 items-center justify-center ${shape} bg-brand-soft font-bold text-brand`}
      >
        {producer.name.slice(0, 1).toUpperCase()}
      </span>
    );
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- upstream logo or avatar, already a thumbnail
    <img
      src={src}
      alt=""
      width={40}
      height={40}
      className={`size-10 shrink-0 ${shape} border border-line bg-white object-contain`}
    />
  );
}
