import { useLocale, useTranslations } from "next-intl";

import { formatDate } from "~/components/ui/format";
import type { Translator } from "~/lib/i18n/translator";
import type { RouterOutputs } from "~/server/api/root";
import { DANGER_OUTLINE_BUTTON } from "~/components/ui/styles";

export type Token = RouterOutputs["account"]["apiKey"]["tokens"]["tokens"][number];

export function tokenName(token: Token, t: Translator<"dashboard.apiKey.tokens">): string {
  return token.name ?? t("unnamed");
}

/** The active API tokens: never the token, only its first characters, its dates, and a button to revoke it. */
export function TokenList({ tokens, onRevoke }: { tokens: Token[]; onRevoke: (token: Token) => void }) {
  const locale = useLocale();
  const t = useTranslations("dashboard.apiKey.tokens");
  if (tokens.length === 0) return <p className="mt-3">{t("none")}</p>;
  return (
    <ul className="mt-3 divide-y divide-line rounded border border-line">
      {tokens.map((token) => (
        <li key={token.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
          <div className="min-w-0">
            <h3 className="font-semibold break-words">{tokenName(token, t)}</h3>
            {token.usedBySession && <p className="text-sm font-semibold">{t("usedBySession")}</p>}
            <p className="text-sm text-muted">
              {t.rich("recognizable", {
                prefix: token.prefix,
                code: (chunks) => <code className="rounded bg-surface px-1">{chunks}</code>,
              })}
              {` · ${t("created", { date: formatDate(token.createdAt, locale) })}`}
              {` · ${token.lastUsedAt ? t("used", { date: formatDate(token.lastUsedAt, locale) }) : t("neverUsed")}`}
              {token.expiresAt && ` · ${t("expires", { date: formatDate(token.expiresAt, locale) })}`}
            </p>
          </div>
          <button
            type="button"
            onClick={() => onRevoke(token)}
            className={DANGER_OUTLINE_BUTTON}
            aria-label={t("revokeLabel", { name: tokenName(token, t) })}
          >
            {t("revoke")}
          </button>
        </li>
      ))}
    </ul>
  );
}
