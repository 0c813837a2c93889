import { Link } from "~/components/link";

export default function NotFound() {
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
