import Link from "next/link";

export default function HomePage() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-4xl font-bold">Ce que d&apos;autres ont fait des données publiques</h1>
      <p className="mt-4 text-lg text-muted">
        Applications, cartes, articles, API : des milliers de réutilisations des jeux de données de data.gouv.fr, par
        des administrations, des entreprises, des associations et des citoyens.
      </p>
      <p className="mt-8">
        <Link
          href="/reuses"
          className="inline-block rounded bg-brand px-5 py-3 font-semibold text-white no-underline hover:bg-brand-hover"
        >
          Parcourir les réutilisations
        </Link>
      </p>
    </div>
  );
}
