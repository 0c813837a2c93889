import { Link } from "~/components/link";

export interface UrlOwner {
  id: string;
  title: string;
  deleted: boolean;
}

/** After "Cette URL est déjà enregistrée": the producer's own reuse that has this address, if it is one of theirs. */
export function UrlTaken({ owner }: { owner: UrlOwner | null }) {
  if (!owner) return null;
  return (
    <span className="font-normal text-ink">
      {owner.deleted ? "C’est celle de votre réutilisation supprimée " : "C’est celle de votre réutilisation "}
      <Link href={`/dashboard/reuses/${owner.id}`}>{owner.title}</Link>
      {owner.deleted ? " : vous pouvez la restaurer." : "."}
    </span>
  );
}
