import { Link } from "~/components/link";

import { OutboundLink } from "~/components/ui/outbound-link";
import { type EditableReuse, producerName } from "./types";

/** Right after the create form: what became of the reuse (while it is still so). */
export function CreatedNotice({ created, reuse }: { created: unknown; reuse: EditableReuse }) {
  const published = created === "published" && !reuse.private && !reuse.deleted;
  const draft = created === "draft" && reuse.private && !reuse.deleted;
  if (!published && !draft) return null;
  return (
    <div role="status" className="mt-6 rounded border-l-4 border-green-700 bg-green-50 p-4">
      {published ? (
        <p>
          <strong>Votre réutilisation est publiée.</strong>{" "}
          <Link href={`/reuses/${reuse.slug}`}>Voir sa page publique</Link>
        </p>
      ) : (
        <p>
          <strong>Votre réutilisation est enregistrée en brouillon.</strong> Seuls vous et les membres de son
          organisation la voient : publiez-la quand elle est prête.
        </p>
      )}
    </div>
  );
}

/** Someone else's reuse: said plainly, and nothing to press. */
export function NotEditable({ reuse }: { reuse: EditableReuse }) {
  return (
    <div className="mt-6 rounded border-l-4 border-amber-600 bg-amber-50 p-4">
      <h2 className="text-xl font-bold">Vous ne pouvez pas modifier cette réutilisation</h2>
      <p className="mt-1 max-w-prose">
        Elle est publiée par {producerName(reuse)}. Seuls la personne qui l’a publiée, les membres de son organisation
        et les administrateurs de data.gouv.fr peuvent la modifier.
      </p>
    </div>
  );
}

/** Who publishes it, and why that cannot change here. */
export function ProducerNote({ reuse }: { reuse: EditableReuse }) {
  return (
    <>
      <p className="mt-2">
        Publiée par <strong>{producerName(reuse)}</strong>
        {reuse.organization ? " (organisation)." : "."}
      </p>
      <p className="mt-2 max-w-prose">
        Le producteur d’une réutilisation ne peut pas être changé après sa création. Pour la confier à une autre
        organisation ou à une autre personne, demandez un transfert sur data.gouv.fr, depuis{" "}
        <OutboundLink href={reuse.page}>la page de la réutilisation sur data.gouv.fr</OutboundLink>.
      </p>
    </>
  );
}
