import { formatDate } from "~/components/ui/format";

/** Says that the reuse is archived: kept for the record, no longer maintained. */
export function ArchivedBanner({ since }: { since: string }) {
  return (
    <div className="mb-8 rounded border-l-4 border-amber-700 bg-amber-50 px-4 py-3">
      <p className="font-bold">Réutilisation archivée</p>
      <p className="mt-1">
        Son producteur l&apos;a archivée le <time dateTime={since}>{formatDate(since)}</time> : elle n&apos;est plus
        maintenue et son contenu peut être dépassé.
      </p>
    </div>
  );
}
