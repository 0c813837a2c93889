import { formatDate } from "~/components/ui/format";
import type { RouterOutputs } from "~/server/api/root";
import { DANGER_OUTLINE_BUTTON } from "~/components/ui/styles";

export type Token = RouterOutputs["account"]["apiKey"]["tokens"]["tokens"][number];

export function tokenName(token: Token): string {
  return token.name ?? "Jeton sans nom";
}

/** The active API tokens: never the token, only its first characters, its dates, and a button to revoke it. */
export function TokenList({ tokens, onRevoke }: { tokens: Token[]; onRevoke: (token: Token) => void }) {
  if (tokens.length === 0) return <p className="mt-3">Vous n&apos;avez aucun jeton actif.</p>;
  return (
    <ul className="mt-3 divide-y divide-line rounded border border-line">
      {tokens.map((token) => (
        <li key={token.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
          <div className="min-w-0">
            <h3 className="font-semibold break-words">{tokenName(token)}</h3>
            {token.usedBySession && <p className="text-sm font-semibold">Utilisé par votre session sur ce site</p>}
            <p className="text-sm text-muted">
              Reconnaissable à <code className="rounded bg-surface px-1">{token.prefix}</code> · créé le{" "}
              {formatDate(token.createdAt)}
              {token.lastUsedAt ? ` · utilisé le ${formatDate(token.lastUsedAt)}` : " · jamais utilisé"}
              {token.expiresAt && ` · expire le ${formatDate(token.expiresAt)}`}
            </p>
          </div>
          <button
            type="button"
            onClick={() => onRevoke(token)}
            className={DANGER_OUTLINE_BUTTON}
            aria-label={`Révoquer le jeton « ${tokenName(token)} »`}
          >
            Révoquer
          </button>
        </li>
      ))}
    </ul>
  );
}
