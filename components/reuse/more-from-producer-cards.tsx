"use client";

import { useQuery } from "@tanstack/react-query";

import { ReuseCard } from "~/components/reuses/reuse-card";
import { useTRPC } from "~/components/trpc/provider";

import { labelOf } from "./labels";

interface MoreFromProducerCardsProps {
  producer: { kind: "organization" | "owner"; id: string };
  /** The reuse of the page. */
  exclude: string;
}

/**
 * Up to 3 other reuses of the producer, loaded once the page is there (one batched request, answered from the
 * server's shared cache). Nothing while loading or on failure: the link below the section still leads to them.
 */
export function MoreFromProducerCards({ producer, exclude }: MoreFromProducerCardsProps) {
  const trpc = useTRPC();
  const reuses = useQuery(trpc.reuse.moreFromProducer.queryOptions({ producer, exclude }));
  const types = useQuery(trpc.reuses.types.queryOptions());
  const topics = useQuery(trpc.reuses.topics.queryOptions());
  if (!reuses.data || !types.data || !topics.data) return null;
  if (reuses.data.length === 0) {
    return <p className="mt-4 text-muted">Ce producteur n&apos;a pas publié d&apos;autre réutilisation.</p>;
  }
  return (
    <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {reuses.data.map((reuse) => (
        <li key={reuse.id}>
          <ReuseCard
            reuse={reuse}
            typeLabel={labelOf(types.data, reuse.type) ?? reuse.type}
            topicLabel={labelOf(topics.data, reuse.topic)}
          />
        </li>
      ))}
    </ul>
  );
}
