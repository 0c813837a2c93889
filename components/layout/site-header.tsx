import { Link } from "~/components/link";
import { UserMenu } from "./user-menu";

export function SiteHeader() {
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="inline-flex min-h-11 items-center gap-1.5 text-lg font-bold text-ink no-underline">
          Réutilisations <span className="text-brand">data.gouv.fr</span>
        </Link>
        <nav aria-label="Navigation principale">
          <ul className="flex items-center gap-6">
            <li>
              <Link href="/reuses" className="inline-flex min-h-11 items-center no-underline hover:underline">
                Toutes les réutilisations
              </Link>
            </li>
            <li>
              <UserMenu />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
