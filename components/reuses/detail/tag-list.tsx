import { useTranslations } from "next-intl";

import { Link } from "~/components/link";
import { listingHref } from "~/components/reuses/listing/listing-url";

/** The reuse's tags, each linked to the listing of the reuses that carry it. */
export function TagList({ tags }: { tags: string[] }) {
  const t = useTranslations("reuse");
  if (tags.length === 0) return <p className="text-sm text-muted">{t("noTags")}</p>;
  return (
    <ul className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={listingHref({ tags: [tag], page: 1 })}
            className="inline-block max-w-full rounded-lg bg-brand-soft px-3 py-1 text-sm break-words text-brand no-underline hover:underline"
          >
            <span className="sr-only">{t("tagPrefix")} </span>
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
