import { useTranslations } from "next-intl";

import { Link } from "~/components/link";
import { listingHref } from "./listing-url";
import { type ReuseTopic } from "~/lib/udata/vocabulary";

export interface TopicCount {
  topic: ReuseTopic;
  label: string;
  total: number;
}

/** Each topic with how many reuses it has, linking to the listing filtered on it. */
export function TopicLinks({ topics }: { topics: TopicCount[] }) {
  const t = useTranslations("listing");
  return (
    <ul className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {topics.map(({ topic, label, total }) => (
        <li key={topic}>
          <Link
            href={listingHref({ tags: [], page: 1, topic })}
            className="flex h-full items-center justify-between gap-4 rounded border border-line bg-white px-4 py-3 text-ink no-underline hover:border-brand hover:bg-brand-soft"
          >
            <span className="font-semibold">{label}</span>
            <span className="shrink-0 text-sm text-muted">{t("topicCount", { count: total })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
