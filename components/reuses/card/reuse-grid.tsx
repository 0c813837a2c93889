import type { ListingSort } from "~/lib/reuses/listing-state";
import { ReuseCard } from "./reuse-card";
import type { ReuseCardData } from "./card-data";

interface ReuseGridProps {
  reuses: ReuseCardData[];
  /** Labels by id; an unknown id shows as it is. */
  types: ReadonlyMap<string, string>;
  topics: ReadonlyMap<string, string>;
  sort?: ListingSort;
  /** The list is filtered on the date of update: cards show it rather than the publication date. */
  byUpdate?: boolean;
}

/** Reuse cards, three across on wide screens, one on phones. */
export function ReuseGrid({ reuses, types, topics, sort, byUpdate }: ReuseGridProps) {
  return (
    <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {reuses.map((reuse) => (
        <li key={reuse.id}>
          <ReuseCard
            reuse={reuse}
            typeLabel={types.get(reuse.type) ?? reuse.type}
            topicLabel={reuse.topic ? (topics.get(reuse.topic) ?? reuse.topic) : undefined}
            sort={sort}
            byUpdate={byUpdate}
          />
        </li>
      ))}
    </ul>
  );
}
