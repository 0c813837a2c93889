import { CONTROL, ERROR, HINT, LABEL, PRIMARY_BUTTON } from "~/components/ui/styles";

/**
 * For site administrators, who manage any reuse (feature it, give it a badge): opens one from its page's address
 * or its id. A plain GET form.
 */
export function ReuseFinder({ value, notFound = false }: { value?: string; notFound?: boolean }) {
  const describedBy = notFound ? "find-reuse-error find-reuse-hint" : "find-reuse-hint";
  return (
    <form method="get" action="/dashboard/reuses/find" className="mt-6 max-w-2xl rounded border border-line p-4">
      <label htmlFor="find-reuse" className={LABEL}>
        Gérer une réutilisation du catalogue (administration)
      </label>
      <p id="find-reuse-hint" className={HINT}>
        L’adresse de sa page (…/reuses/son-nom) ou son identifiant.
      </p>
      <div className="mt-2 flex gap-2">
        <input
          id="find-reuse"
          name="reuse"
          type="text"
          defaultValue={value}
          required
          aria-invalid={notFound || undefined}
          aria-describedby={describedBy}
          className={`${CONTROL} flex-1`}
        />
        <button type="submit" className={`shrink-0 ${PRIMARY_BUTTON}`}>
          Ouvrir
        </button>
      </div>
      {notFound && (
        <p id="find-reuse-error" className={ERROR}>
          Aucune réutilisation ne correspond à cette adresse.
        </p>
      )}
    </form>
  );
}
