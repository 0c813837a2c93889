import { getTranslations } from "next-intl/server";

import { PRIMARY_BUTTON } from "~/components/ui/styles";

interface DatagouvSignInProps {
  csrfToken: string;
  callbackUrl: string;
  /** Why the last try with data.gouv.fr failed (denied, a bad return, an ended connection), from the URL. */
  error: string | undefined;
}

/**
 * "Se connecter avec data.gouv.fr": a plain form posted to next-auth's `datagouv` sign-in, which sends the browser
 * to data.gouv.fr's consent page (OAuth2, server/auth/datagouv-provider.ts). No script: it works as it is.
 */
export async function DatagouvSignIn({ csrfToken, callbackUrl, error }: DatagouvSignInProps) {
  const t = await getTranslations("signInPage");
  return (
    <section aria-labelledby="avec-datagouv" className="mt-8">
      <h2 id="avec-datagouv" className="text-xl font-bold">
        {t("oauthTitle")}
      </h2>
      <p className="mt-2">{t("oauthIntro")}</p>
      {error && (
        <p id="datagouv-error" role="alert" className="mt-3 font-semibold text-danger">
          {error}
        </p>
      )}
      <form method="post" action="/api/auth/signin/datagouv" className="mt-4">
        <input type="hidden" name="csrfToken" value={csrfToken} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <button type="submit" className={PRIMARY_BUTTON} aria-describedby={error ? "datagouv-error" : undefined}>
          {t("oauthButton")}
        </button>
      </form>
    </section>
  );
}
