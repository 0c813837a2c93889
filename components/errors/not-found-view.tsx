import { Link } from "~/components/link";

/** What a missing page says: an unknown address, or a reuse that does not exist or is not public. */
export function NotFoundView() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Page introuvable</h1>
      <p className="mt-4">Cette adresse ne correspond à aucune page, ou la réutilisation n&apos;est pas publique.</p>
      <p className="mt-4">
        <Link href="/reuses">Voir toutes les réutilisations</Link>
      </p>
    </div>
  );
}
