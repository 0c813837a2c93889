import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ApiKeyActions } from "~/components/dashboard/account/api-key-actions";
import { TokensSection } from "~/components/dashboard/account/tokens-section";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.apiKey");
  return { title: t("title") };
}

export default async function ApiKeyPage() {
  const tokens = await pageData(api.account.apiKey.tokens());
  // Only udata 15 has one key to clear; elsewhere (or when unknown) the session's token is revoked from the list.
  const canClear = "data" in tokens && tokens.data.api === "apikey";
  // Signed in with data.gouv.fr: the session uses no key, so there is none of its own to replace or clear.
  const oauthSession = "data" in tokens && tokens.data.session === "oauth";
  const t = await getTranslations("dashboard.apiKey");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>

      <section aria-labelledby="cle" className="mt-8">
        <h2 id="cle" className="text-2xl font-bold">
          {t("key.title")}
        </h2>
        {oauthSession ? (
          <p role="note" className="mt-3 max-w-3xl rounded border-l-4 border-brand bg-brand-soft px-4 py-3">
            {t("key.oauthSession")}
          </p>
        ) : (
          <>
            <p className="mt-3 max-w-3xl">{t("key.text")}</p>
            <ApiKeyActions canClear={canClear} />
          </>
        )}
      </section>

      {"failure" in tokens ? (
        <section aria-labelledby="jetons" className="mt-12">
          <h2 id="jetons" className="text-2xl font-bold">
            {t("tokens.title")}
          </h2>
          <p className="mt-3">
            {t("tokens.loadFailed")} {tokens.failure.kind === "unavailable" && `${tokens.failure.message} `}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload: the page is read again */}
            <a href="/dashboard/api-key">{t("tokens.retry")}</a>
          </p>
        </section>
      ) : (
        tokens.data.api === "tokens" && (
          <section aria-labelledby="jetons" className="mt-12">
            <h2 id="jetons" className="text-2xl font-bold">
              {t("tokens.title")}
            </h2>
            <p className="mt-3 max-w-3xl">{t("tokens.intro")}</p>
            <TokensSection tokens={tokens.data.tokens} />
          </section>
        )
      )}
    </>
  );
}
