import { Link } from "~/components/link";
import { ManageLink } from "~/components/reuses/manage/manage-link";
import { listingHref } from "~/components/reuses/listing/listing-url";
import { formatDate, formatNumber } from "~/components/ui/format";
import { contentLang, type Locale } from "~/lib/i18n/locales";
import { personName } from "~/lib/udata/person-name";
import type { ReuseCardData } from "./card-data";

/**
 * The card's words, translated by the server parent: the card is also drawn by a client island, which carries
 * no catalog.
 */
export interface ReuseCardText {
  /** The page's language: dates and numbers are written in it, the reuse's own words marked French in another. */
  locale: Locale;
  /** "Publiée le" */
  published: string;
  /** "Mise à jour le" */
  updated: string;
  /** Read before the organization's name by screen readers: "Réutilisations de". */
  organizationReuses: string;
  /**
   * The discussions count's unit, singular and plural, where the cards have the count (the listing: udata's
   * search gives it with each reuse; the date of the last message would cost a request per card, so there is none).
   */
  discussions?: { one: string; other: string };
  /** "Gérer", shown after hydration to the visitors who may manage the reuse (see ManageLink). */
  manage?: string;
}

/** The counter the list is sorted by: its value and its unit, in the plural the value asks for. */
export interface ReuseCardCounter {
  count: number;
  unit: string;
}

interface ReuseCardProps {
  reuse: ReuseCardData;
  typeLabel: string;
  topicLabel?: string;
  text: ReuseCardText;
  /** The counter of the list's order, shown after the date. */
  counter?: ReuseCardCounter;
  /** Show the date of the last update rather than the publication date. */
  byUpdate?: boolean;
}

/** One reuse in a list: its image, type and topic, title, producer, and date or the counter the list is sorted by. */
export function ReuseCard({ reuse, typeLabel, topicLabel, text, counter, byUpdate }: ReuseCardProps) {
  const modified = byUpdate && reuse.last_modified;
  return (
    <article className="flex h-full flex-col overflow-hidden rounded border border-line bg-white">
      <ReuseImage src={reuse.image_thumbnail ?? reuse.image} />
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="text-xs">
          <span className="font-semibold tracking-wide text-brand uppercase">{typeLabel}</span>
          {topicLabel && <span className="text-muted"> · {topicLabel}</span>}
        </p>
        {/* wrap-anywhere, not break-words: a title with no space must not widen the grid's column on a phone. */}
        <h3 lang={contentLang(text.locale)} className="text-lg leading-snug font-bold wrap-anywhere">
          <Link href={`/reuses/${reuse.slug}`} className="text-ink no-underline hover:text-brand hover:underline">
            {reuse.title}
          </Link>
        </h3>
        <Producer reuse={reuse} organizationReuses={text.organizationReuses} />
        <p className="mt-auto pt-2 text-sm text-muted">
          {modified ? text.updated : text.published}{" "}
          <time dateTime={modified || reuse.created_at}>{formatDate(modified || reuse.created_at, text.locale)}</time>
          {counter && (
            <>
              {" · "}
              <strong className="font-semibold text-ink">{formatNumber(counter.count, text.locale)}</strong>{" "}
              {counter.unit}
            </>
          )}
          <DiscussionCount count={reuse.metrics?.discussions} units={text.discussions} locale={text.locale} />
        </p>
        {text.manage && (
          <ManageLink
            id={reuse.id}
            ownerId={reuse.owner?.id}
            organizationId={reuse.organization?.id}
            label={text.manage}
            hiddenName={reuse.title}
            className="self-start text-sm font-semibold"
          />
        )}
      </div>
    </article>
  );
}

/** "· 3 discussions", when the reuse has some and the card knows it (French: 0 and 1 take the singular). */
function DiscussionCount({
  count,
  units,
  locale,
}: {
  count: number | undefined;
  units: ReuseCardText["discussions"];
  locale: Locale;
}) {
  if (!units || !count) return null;
  return (
    <>
      {" · "}
      {formatNumber(count, locale)} {count > 1 ? units.other : units.one}
    </>
  );
}

/** The organization links to the listing of its reuses (how a visitor without JavaScript filters on one). */
function Producer({ reuse, organizationReuses }: { reuse: ReuseCardData; organizationReuses: string }) {
  const { organization, owner } = reuse;
  if (organization?.id) {
    return (
      <p className="text-sm text-muted">
        <Link href={listingHref({ tags: [], page: 1, organization: organization.id })} className="text-muted">
          <span className="sr-only">{organizationReuses} </span>
          {organization.name}
        </Link>
      </p>
    );
  }
  const name = organization?.name ?? (owner ? personName(owner) : "");
  return name ? <p className="text-sm wrap-anywhere text-muted">{name}</p> : null;
}

function ReuseImage({ src }: { src: string | null | undefined }) {
  if (!src) {
    return (
      <div
        aria-hidden="true"
        className="flex aspect-video items-center justify-center bg-brand-soft text-4xl text-brand"
      >
        ◇
      </div>
    );
  }
  // Decorative: the title next to it says what the reuse is. A plain <img>: udata already serves thumbnails.
  return (
    // eslint-disable-next-line @next/next/no-img-element -- upstream images of any host, already resized
    <img
      src={src}
      alt=""
      loading="lazy"
      decoding="async"
      width={500}
      height={281}
      className="aspect-video w-full object-cover"
    />
  );
}
