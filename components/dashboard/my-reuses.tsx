import Link from "next/link";

import type { RouterOutputs } from "~/server/api/root";

type MyReuse = RouterOutputs["me"]["reuses"][number];

const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "medium", timeZone: "Europe/Paris" });

/** What a producer sees of a reuse's state: deleted, then archived, then draft (private), else published. */
function statusOf(reuse: MyReuse) {
  if (reuse.deleted) return { label: "Supprimée", className: "bg-red-100 text-red-900" };
  if (reuse.archived) return { label: "Archivée", className: "bg-amber-100 text-amber-900" };
  if (reuse.private) return { label: "Brouillon", className: "bg-slate-200 text-slate-900" };
  return { label: "Publiée", className: "bg-green-100 text-green-900" };
}

export function MyReuses({ reuses }: { reuses: MyReuse[] }) {
  if (reuses.length === 0) {
    return <p className="mt-6">Vous n&apos;avez pas encore publié de réutilisation.</p>;
  }
  return (
    <ul className="mt-6 divide-y divide-line rounded border border-line">
      {reuses.map((reuse) => {
        const status = statusOf(reuse);
        return (
          <li key={reuse.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
            <div>
              {reuse.private || reuse.deleted ? (
                <span className="font-semibold">{reuse.title}</span>
              ) : (
                <Link href={`/reuses/${reuse.slug}`} className="font-semibold">
                  {reuse.title}
                </Link>
              )}
              <p className="text-sm text-muted">
                Modifiée le{" "}
                <time dateTime={reuse.last_modified}>{dateFormat.format(new Date(reuse.last_modified))}</time>
              </p>
            </div>
            <span className={`rounded px-2 py-1 text-sm font-semibold ${status.className}`}>{status.label}</span>
          </li>
        );
      })}
    </ul>
  );
}
