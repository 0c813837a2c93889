import { Link } from "~/components/link";
import type { ListingSort } from "~/lib/reuses/listing-state";
import { listingHref } from "~/components/reuses/listing/listing-url";
import type { ReuseCardData } from "./card-data";
import { personName } from "~/lib/udata/person-name";
import { formatDate, formatNumber, pluralOf } from "~/components/ui/format";

/** The counter a sort is about, shown on each card of a list in that order. */
const COUNTERS: Partial<
  Record<ListingSort, { metric: "datasets" | "followers" | "views"; one: string; other: string }>
> = {
  "-followers": { metric: "followers", one: "abonné", other: "abonnés" },
  "-views": { metric: "views", one: "vue", other: "vues" },
  "-datasets": { metric: "datasets", one: "jeu de données", other: "jeux de données" },
};

interface ReuseCardProps {
  reuse: ReuseCardData;
  typeLabel: string;
  topicLabel?: string;
  /** The order of the list: its counter is shown. */
  sort?: ListingSort;
  /** Show the date of the last update rather than the publication date. */
  byUpdate?: boolean;
}

/** One reuse in a list: its image, type and topic, title, producer, and date or the counter the list is sorted by. */
export function ReuseCard({ reuse, typeLabel, topicLabel, sort, byUpdate }: ReuseCardProps) {
  const counter = sort && COUNTERS[sort];
  const count = counter ? (reuse.metrics?.[counter.metric] ?? 0) : undefined;
  const modified = byUpdate && reuse.last_modified;
  return (
    <article className="flex h-full flex-col overflow-hidden rounded border border-line bg-white">
      <ReuseImage src={reuse.image_thumbnail ?? reuse.image} />
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="text-xs">
          <span className="font-semibold tracking-wide text-brand uppercase">{typeLabel}</span>
          {topicLabel && <span className="text-muted"> · {topicLabel}</span>}
        </p>
        <h3 className="text-lg leading-snug font-bold break-words">
          <Link href={`/reuses/${reuse.slug}`} className="text-ink no-underline hover:text-brand hover:underline">
            {reuse.title}
          </Link>
        </h3>
        <Producer reuse={reuse} />
        <p className="mt-auto pt-2 text-sm text-muted">
          {modified ? "Mise à jour le " : "Publiée le "}
          <time dateTime={modified || reuse.created_at}>{formatDate(modified || reuse.created_at)}</time>
          {counter && count !== undefined && (
            <>
              {" · "}
              <strong className="font-semibold text-ink">{formatNumber(count)}</strong>{" "}
              {pluralOf(count, counter.one, counter.other)}
            </>
          )}
        </p>
      </div>
    </article>
  );
}

/** The organization links to the listing of its reuses (how a visitor without JavaScript filters on one). */
function Producer({ reuse }: { reuse: ReuseCardData }) {
  const { organization, owner } = reuse;
  if (organization?.id) {
    return (
      <p className="text-sm text-muted">
        <Link href={listingHref({ tags: [], page: 1, organization: organization.id })} className="text-muted">
          <span className="sr-only">Réutilisations de </span>
          {organization.name}
        </Link>
      </p>
    );
  }
  const name = organization?.name ?? (owner ? personName(owner) : "");
  return name ? <p className="text-sm text-muted">{name}</p> : null;
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
