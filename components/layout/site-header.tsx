import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="text-lg font-bold text-ink no-underline">
          Réutilisations <span className="text-brand">data.gouv.fr</span>
        </Link>
        <nav aria-label="Navigation principale">
          <ul className="flex gap-6">
            <li>
              <Link href="/reuses" className="no-underline hover:underline">
                Toutes les réutilisations
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
