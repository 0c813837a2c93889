"use client";

import { ReuseGrid } from "~/components/reuses/card/reuse-grid";
import type { ReuseCardText } from "~/components/reuses/card/reuse-card";
import { usePublicQuery } from "~/components/trpc/public-query";

import type { IdLabel } from "~/components/reuses/labels";
import { labelMap } from "~/lib/udata/label-map";

interface MoreFromProducerCardsProps {
  producer: { kind: "organization" | "owner"; id: string };
  /** The reuse of the page. */
  exclude: string;
  /** The page's labels of types and topics. */
  types: readonly IdLabel[];
  topics: readonly IdLabel[];
  /** Said when the producer has no other reuse (words come translated: the island carries no catalog). */
  emptyText: string;
  cardText: ReuseCardText;
}

/**
 * Up to 3 other reuses of the producer, loaded once the page is there (one request, answered from the server's
 * shared cache). Nothing while loading or on failure: the link below the section still leads to them.
 */
export function MoreFromProducerCards({
  producer,
  exclude,
  types,
  topics,
  emptyText,
  cardText,
}: MoreFromProducerCardsProps) {
  const reuses = usePublicQuery("reuses", "moreFromProducer", { producer, exclude });
  if (!reuses) return null;
  if (reuses.length === 0) return <p className="mt-4 text-muted">{emptyText}</p>;
  return <ReuseGrid reuses={reuses} types={labelMap(types)} topics={labelMap(topics)} text={cardText} />;
}
