import { useLocale, useTranslations } from "next-intl";

import { contentLang } from "~/lib/i18n/locales";

import { Link } from "~/components/link";
import { listingHref } from "~/components/reuses/listing/listing-url";
import type { ListingState } from "~/lib/reuses/listing-state";

import { allowedUrl } from "~/lib/safe-url";

import type { IdLabel } from "~/components/reuses/labels";
import { OutboundLink } from "~/components/ui/outbound-link";
import { ManageLink } from "~/components/reuses/manage/manage-link";
import { ProducerLine } from "./producer-line";
import type { ReuseDetail, ReuseProducer } from "~/components/reuses/reuse-types";
import { REUSE_TOPICS, REUSE_TYPES } from "~/lib/udata/vocabulary";

interface ReuseHeaderProps {
  reuse: ReuseDetail;
  typeLabel: string;
  topicLabel: string | undefined;
  /** The reuse's badges the instance lists, with their labels (see `listedBadges`). */
  badges: IdLabel[];
  producer: ReuseProducer | undefined;
}

const BUTTON = "inline-flex items-center gap-2 rounded px-4 py-2 font-semibold no-underline";

/** Title, marks, type and topic, producer, the ways out, and the image. */
export function ReuseHeader({ reuse, typeLabel, topicLabel, badges, producer }: ReuseHeaderProps) {
  const t = useTranslations("reuse");
  const locale = useLocale();
  const site = allowedUrl(reuse.url);
  const image = allowedUrl(reuse.image);
  return (
    <header className="grid grid-cols-[minmax(0,1fr)] gap-8 md:grid-cols-[minmax(0,1fr)_minmax(0,24rem)] md:items-start">
      <div>
        <StatusMarks featured={reuse.featured === true} badges={badges} />
        <h1
          lang={contentLang(locale)}
          className="text-3xl leading-tight font-bold [overflow-wrap:anywhere] sm:text-4xl"
        >
          {reuse.title}
        </h1>
        <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <Facet
            name={t("typeFacet")}
            label={typeLabel}
            filter={knownIn(REUSE_TYPES, reuse.type, (type) => ({ type }))}
          />
          {topicLabel && (
            <Facet
              name={t("topicFacet")}
              label={topicLabel}
              filter={knownIn(REUSE_TOPICS, reuse.topic, (topic) => ({ topic }))}
            />
          )}
        </dl>
        {producer && <ProducerLine producer={producer} />}
        <p className="mt-6 flex flex-wrap gap-3">
          {site && (
            <OutboundLink href={site} className={`${BUTTON} bg-brand text-white hover:bg-brand-hover`}>
              {t("visitReuse")} <span aria-hidden="true">↗</span>
            </OutboundLink>
          )}
          <OutboundLink href={reuse.page} className={`${BUTTON} border border-brand text-brand hover:bg-brand-soft`}>
            {t("seeOnDataGouv")} <span aria-hidden="true">↗</span>
          </OutboundLink>
          <ManageLink
            id={reuse.id}
            ownerId={reuse.owner?.id}
            organizationId={reuse.organization?.id}
            label={t("manage")}
            className={`${BUTTON} border border-brand text-brand hover:bg-brand-soft`}
          />
        </p>
      </div>
      {image && (
        // Decorative: the title says what the reuse is. A plain <img>: the image is upstream's, of any host.
        // eslint-disable-next-line @next/next/no-img-element -- upstream image, not optimized by Next
        <img
          src={image}
          alt=""
          width={800}
          height={450}
          className="aspect-video w-full rounded border border-line bg-surface object-cover"
        />
      )}
    </header>
  );
}

function StatusMarks({ featured, badges }: { featured: boolean; badges: IdLabel[] }) {
  const t = useTranslations("reuse");
  if (!featured && badges.length === 0) return null;
  const mark = "rounded-full px-3 py-1 text-xs font-semibold";
  return (
    <ul aria-label={t("distinctions")} className="mb-3 flex flex-wrap gap-2">
      {featured && (
        <li className={`${mark} bg-brand text-white`}>
          <span aria-hidden="true">★ </span>
          {t("featured")}
        </li>
      )}
      {badges.map((badge) => (
        <li key={badge.id} className={`${mark} bg-brand-soft text-brand`}>
          {badge.label}
        </li>
      ))}
    </ul>
  );
}

/** "Type : Application", linked to the listing of that type when the listing knows the value. */
function Facet({ name, label, filter }: { name: string; label: string; filter: Partial<ListingState> | undefined }) {
  return (
    <div className="flex gap-1">
      <dt className="text-muted">{name}</dt>
      <dd className="font-semibold">
        {filter ? <Link href={listingHref({ tags: [], page: 1, ...filter })}>{label}</Link> : label}
      </dd>
    </div>
  );
}

function knownIn<T extends string>(
  list: readonly T[],
  value: string | null,
  toFilter: (known: T) => Partial<ListingState>,
): Partial<ListingState> | undefined {
  const known = list.find((item) => item === value);
  return known === undefined ? undefined : toFilter(known);
}
