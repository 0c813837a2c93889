import Link from "next/link";

import type { ReuseCardData } from "./types";

const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

/** One reuse in a listing: its image, title, kind, producer and date. */
export function ReuseCard({ reuse, typeLabel }: { reuse: ReuseCardData; typeLabel: string }) {
  const producer = reuse.organization?.name ?? ownerName(reuse.owner);
  return (
    <article className="flex h-full flex-col overflow-hidden rounded border border-line bg-white">
      <ReuseImage src={reuse.image_thumbnail ?? reuse.image} />
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="text-xs font-semibold tracking-wide text-brand uppercase">{typeLabel}</p>
        <h3 className="text-lg leading-snug font-bold">
          <Link href={`/reuses/${reuse.slug}`} className="text-ink no-underline hover:text-brand hover:underline">
            {reuse.title}
          </Link>
        </h3>
        {producer && <p className="text-sm text-muted">{producer}</p>}
        <p className="mt-auto text-sm text-muted">
          Publiée le <time dateTime={reuse.created_at}>{dateFormat.format(new Date(reuse.created_at))}</time>
        </p>
      </div>
    </article>
  );
}

function ownerName(owner: ReuseCardData["owner"]) {
  return owner ? `${owner.first_name} ${owner.last_name}`.trim() : null;
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
