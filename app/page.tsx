import type { ReactNode } from "react";

import { Link } from "~/components/link";
import { HttpStatus } from "~/components/http-status";
import { HomeSearch } from "~/components/reuses/listing/home-search";
import { pageMetadata } from "~/components/reuses/listing/page-metadata";
import { ReuseGrid } from "~/components/reuses/card/reuse-grid";
import { TopicLinks } from "~/components/reuses/listing/topic-links";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";
import { PRIMARY_BUTTON } from "~/components/ui/styles";
import { labelMap } from "~/lib/udata/label-map";
import { LISTING_PATH } from "~/lib/reuses/listing-params";

export const metadata = pageMetadata({
  title: "Réutilisations des données publiques de data.gouv.fr",
  absolute: true,
  description:
    "Applications, cartes, articles et API qui réutilisent les données publiques de data.gouv.fr : trouvez-les par thème, découvrez qui les fait, publiez les vôtres.",
  canonical: "/",
});

// Rendered for each request (the front server keeps it a minute), never at build time, when udata may be away.
export const dynamic = "force-dynamic";

/** Reuses shown in each of the home page's lists. */
const SECTION_SIZE = 6;

export default async function HomePage() {
  // All at once; each section shows what it got, so that one failing call leaves the rest of the page.
  const [featured, newest, counts, types, topics] = await Promise.all([
    pageData(api.reuses.list({ featured: true, size: SECTION_SIZE })),
    pageData(api.reuses.list({ size: SECTION_SIZE })),
    pageData(api.reuses.topicCounts()),
    pageData(api.reuses.types()),
    pageData(api.reuses.topics()),
  ]);
  const labelsOf = (list: typeof types | typeof topics) => labelMap("data" in list ? list.data : []);
  const typeLabels = labelsOf(types);
  const topicLabels = labelsOf(topics);
  const topicCounts =
    "data" in counts
      ? counts.data
          .map(({ topic, total }) => ({ topic, total, label: topicLabels.get(topic) ?? topic }))
          .sort((a, b) => Number(a.topic === "others") - Number(b.topic === "others") || b.total - a.total)
      : undefined;

  return (
    <>
      {"failure" in featured && "failure" in newest && !topicCounts && <HttpStatus code={503} />}
      <div className="rounded bg-brand-soft px-4 py-8 sm:px-10 sm:py-10">
        <h1 className="max-w-3xl text-2xl font-bold sm:text-4xl">Ce que d’autres ont fait des données publiques</h1>
        <p className="mt-4 max-w-3xl sm:text-lg">
          Applications, cartes, articles, API : des milliers de réutilisations des jeux de données de data.gouv.fr, par
          des administrations, des entreprises, des associations et des citoyens.
        </p>
        <HomeSearch />
        <p className="mt-4">
          <Link href={LISTING_PATH}>Parcourir toutes les réutilisations</Link>
        </p>
      </div>

      <HomeSection id="featured" title="À la une">
        {"failure" in featured ? (
          <Unavailable />
        ) : featured.data.data.length === 0 ? (
          <p className="mt-4 text-muted">Aucune réutilisation n&apos;est mise en avant pour le moment.</p>
        ) : (
          <ReuseGrid reuses={featured.data.data} types={typeLabels} topics={topicLabels} />
        )}
      </HomeSection>

      <HomeSection id="topics" title="Explorer par thème">
        {topicCounts ? <TopicLinks topics={topicCounts} /> : <Unavailable />}
      </HomeSection>

      <HomeSection id="newest" title="Les plus récentes">
        {"data" in newest ? (
          <>
            <ReuseGrid reuses={newest.data.data} types={typeLabels} topics={topicLabels} />
            <p className="mt-6">
              <Link href={LISTING_PATH}>Voir toutes les réutilisations, des plus récentes aux plus anciennes</Link>
            </p>
          </>
        ) : (
          <Unavailable />
        )}
      </HomeSection>

      <HomeSection id="producers" title="Vous avez réutilisé des données publiques ?">
        <div className="mt-4 flex flex-col gap-4 rounded border border-line bg-surface p-6 sm:flex-row sm:items-center sm:justify-between">
          <p className="max-w-2xl">
            Faites connaître votre application, votre carte ou votre article : connectez-vous avec votre clé d&apos;API
            data.gouv.fr pour publier vos réutilisations, relier les jeux de données qu&apos;elles utilisent et les
            tenir à jour.
          </p>
          <Link href="/sign-in" className={`${PRIMARY_BUTTON} no-underline`}>
            Se connecter pour publier
          </Link>
        </div>
      </HomeSection>
    </>
  );
}

function HomeSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mt-12">
      <h2 id={`${id}-title`} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Unavailable() {
  return <p className="mt-4 text-muted">Cette partie est momentanément indisponible. Réessayez dans un instant.</p>;
}
