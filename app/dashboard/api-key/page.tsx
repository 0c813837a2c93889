import type { Metadata } from "next";

import { ApiKeyActions } from "~/components/dashboard/account/api-key-actions";
import { TokensSection } from "~/components/dashboard/account/tokens-section";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";

export const metadata: Metadata = { title: "Clé d'API et jetons" };

export default async function ApiKeyPage() {
  const tokens = await pageData(api.account.apiKey.tokens());
  // Only udata 15 has one key to clear; elsewhere (or when unknown) the session's token is revoked from the list.
  const canClear = "data" in tokens && tokens.data.api === "apikey";
  return (
    <>
      <h1 className="text-3xl font-bold">Clé d&apos;API et jetons</h1>

      <section aria-labelledby="cle" className="mt-8">
        <h2 id="cle" className="text-2xl font-bold">
          Ma clé d&apos;API
        </h2>
        <p className="mt-3 max-w-3xl">
          Votre clé d&apos;API permet d&apos;agir en votre nom sur data.gouv.fr. Ce site la garde chiffrée sur son
          serveur et ne l&apos;affiche jamais. Si vous pensez qu&apos;elle a fuité, générez-en une nouvelle :
          l&apos;ancienne cessera aussitôt de fonctionner.
        </p>
        <ApiKeyActions canClear={canClear} />
      </section>

      {"failure" in tokens ? (
        <section aria-labelledby="jetons" className="mt-12">
          <h2 id="jetons" className="text-2xl font-bold">
            Jetons d&apos;API
          </h2>
          <p className="mt-3">
            La liste de vos jetons n&apos;a pas pu être chargée.{" "}
            {tokens.failure.kind === "unavailable" && `${tokens.failure.message} `}
            <a href="/dashboard/api-key">Réessayer</a>
          </p>
        </section>
      ) : (
        tokens.data.api === "tokens" && (
          <section aria-labelledby="jetons" className="mt-12">
            <h2 id="jetons" className="text-2xl font-bold">
              Jetons d&apos;API
            </h2>
            <p className="mt-3 max-w-3xl">
              Des clés supplémentaires, une par script ou par outil : chacune se révoque sans toucher aux autres.
            </p>
            <TokensSection tokens={tokens.data.tokens} />
          </section>
        )
      )}
    </>
  );
}
