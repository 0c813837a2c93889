import type { ReuseCardData } from "./card-data";
import { ReuseCard, type ReuseCardCounter, type ReuseCardText } from "./reuse-card";

interface ReuseGridProps {
  reuses: ReuseCardData[];
  /** Labels by id; an unknown id shows as it is. */
  types: ReadonlyMap<string, string>;
  topics: ReadonlyMap<string, string>;
  /** The cards' words, translated by a server parent (see `reuseCardText`): a client island draws grids too. */
  text: ReuseCardText;
  /** The counter each card shows in a list sorted by one (see `sortCounter`); server pages only. */
  counterOf?: (reuse: ReuseCardData) => ReuseCardCounter | undefined;
  /** The list is filtered on the date of update: cards show it rather than the publication date. */
  byUpdate?: boolean;
}

/** Reuse cards, three across on wide screens, one on phones. */
export function ReuseGrid({ reuses, types, topics, text, counterOf, byUpdate }: ReuseGridProps) {
  return (
    <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {reuses.map((reuse) => (
        <li key={reuse.id}>
          <ReuseCard
            reuse={reuse}
            typeLabel={types.get(reuse.type) ?? reuse.type}
            topicLabel={reuse.topic ? (topics.get(reuse.topic) ?? reuse.topic) : undefined}
            text={text}
            counter={counterOf?.(reuse)}
            byUpdate={byUpdate}
          />
        </li>
      ))}
    </ul>
  );
}
