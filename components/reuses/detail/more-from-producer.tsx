import { useLocale, useTranslations } from "next-intl";

import { Link } from "~/components/link";
import { reuseCardText } from "~/components/reuses/card/card-text";
import { listingHref } from "~/components/reuses/listing/listing-url";
import type { IdLabel } from "~/components/reuses/labels";
import { MoreFromProducerCards } from "./more-from-producer-cards";
import { OutboundLink } from "~/components/ui/outbound-link";
import type { ReuseProducer } from "~/components/reuses/reuse-types";

/**
 * Other reuses of the producer. The server does not fetch them: the producer is known only once the reuse is,
 * and a second upstream call would double the time of an uncached page. The page links to all of them
 * (the listing filtered on the organization, or the person's profile on data.gouv.fr), which is all a visitor
 * without JavaScript gets; a small island then loads up to 3 of them as cards, once the section comes near the
 * viewport (`data-hydrate="visible"`: see server/http/deferred-hydration.ts).
 */
interface MoreFromProducerProps {
  reuseId: string;
  producer: ReuseProducer;
  types: readonly IdLabel[];
  topics: readonly IdLabel[];
}

export function MoreFromProducer({ reuseId, producer, types, topics }: MoreFromProducerProps) {
  const t = useTranslations("reuse");
  const cardText = reuseCardText(useTranslations("reuseCard"), useLocale());
  return (
    <section aria-labelledby="du-meme-producteur" data-hydrate="visible" className="mt-16 border-t border-line pt-8">
      <h2 id="du-meme-producteur" className="text-2xl font-bold">
        {t("moreFromProducerTitle")}
      </h2>
      <MoreFromProducerCards
        producer={{ kind: producer.kind, id: producer.id }}
        exclude={reuseId}
        types={types}
        topics={topics}
        emptyText={t("noOtherReuse")}
        cardText={cardText}
      />
      <p className="mt-6">
        {producer.kind === "organization" ? (
          <Link href={listingHref({ tags: [], page: 1, organization: producer.id })}>
            {t("allFromOrganization", { name: producer.name })}
          </Link>
        ) : (
          <OutboundLink href={producer.page}>{t("personProfile", { name: producer.name })}</OutboundLink>
        )}
      </p>
    </section>
  );
}
