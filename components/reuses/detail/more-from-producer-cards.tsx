"use client";

import { ReuseCard } from "~/components/reuses/card/reuse-card";
import { usePublicQuery } from "~/components/trpc/public-query";

import { labelOf, type IdLabel } from "~/components/reuses/labels";

interface MoreFromProducerCardsProps {
  producer: { kind: "organization" | "owner"; id: string };
  /** The reuse of the page. */
  exclude: string;
  /** The page's labels of types and topics. */
  types: readonly IdLabel[];
  topics: readonly IdLabel[];
}

/**
 * Up to 3 other reuses of the producer, loaded once the page is there (one request, answered from the server's
 * shared cache). Nothing while loading or on failure: the link below the section still leads to them.
 */
export function MoreFromProducerCards({ producer, exclude, types, topics }: MoreFromProducerCardsProps) {
  const reuses = usePublicQuery("reuses", "moreFromProducer", { producer, exclude });
  if (!reuses) return null;
  if (reuses.length === 0) {
    return <p className="mt-4 text-muted">Ce producteur n&apos;a pas publié d&apos;autre réutilisation.</p>;
  }
  return (
    <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {reuses.map((reuse) => (
        <li key={reuse.id}>
          <ReuseCard
            reuse={reuse}
            typeLabel={labelOf(types, reuse.type) ?? reuse.type}
            topicLabel={labelOf(topics, reuse.topic)}
          />
        </li>
      ))}
    </ul>
  );
}
