import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";

import { DatagouvSignIn } from "~/components/auth/datagouv-sign-in";
import { DemoAccounts } from "~/components/auth/demo-accounts";
import { SignInForm } from "~/components/auth/sign-in-form";
import { isOAuthSignInError, signInErrorKey, signInErrorTexts } from "~/lib/auth/sign-in-errors";
import { CSRF_TOKEN_HEADER } from "~/server/auth/csrf";
import { safeCallbackPath } from "~/server/auth/redirects";
import { env } from "~/server/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signInPage");
  const description = t(env.DATAGOUV_OAUTH ? "oauthDescription" : "description");
  return { title: t("title"), description, robots: { index: false, follow: true } };
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: PageProps<"/[locale]/sign-in">) {
  const params = await searchParams;
  const csrfToken = (await headers()).get(CSRF_TOKEN_HEADER) ?? "";
  const callbackPath = safeCallbackPath(single(params.callbackUrl), env.NEXTAUTH_URL);
  const t = await getTranslations("signInPage");
  const errors = await getTranslations("signIn");
  const initialError = signInErrorKey(single(params.error));
  // What went wrong with data.gouv.fr is said next to its button, when the site offers it; the rest by the key.
  const oauth = env.DATAGOUV_OAUTH !== null;
  const oauthError = oauth && initialError && isOAuthSignInError(initialError) ? initialError : undefined;
  // Sent here from the producer area (proxy.ts, or its layout once the session ended): say why.
  const fromDashboard = !initialError && params.callbackUrl !== undefined && /^\/dashboard(\/|\?|$)/.test(callbackPath);

  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {fromDashboard && (
        <p role="status" className="mt-4 rounded border-l-4 border-brand bg-brand-soft px-4 py-3 font-semibold">
          {t("dashboardNotice")}
        </p>
      )}
      {oauth && (
        <DatagouvSignIn
          csrfToken={csrfToken}
          callbackUrl={`${env.NEXTAUTH_URL}${callbackPath}`}
          error={oauthError && errors(oauthError)}
        />
      )}
      {oauth && (
        <h2 className="mt-10 text-xl font-bold" id="avec-cle">
          {t("keyTitle")}
        </h2>
      )}
      <p className={oauth ? "mt-2" : "mt-4"}>{t.rich("intro", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <SignInForm
        csrfToken={csrfToken}
        callbackUrl={`${env.NEXTAUTH_URL}${callbackPath}`}
        initialError={oauthError ? undefined : initialError}
        text={{
          keyLabel: t("keyLabel"),
          showKey: t("showKey"),
          hideKey: t("hideKey"),
          checking: t("checking"),
          submit: t("submit"),
          errors: signInErrorTexts((key) => errors(key)),
        }}
      />
      <section aria-labelledby="ou-trouver" className="mt-10 rounded border border-line bg-surface p-5">
        <h2 id="ou-trouver" className="text-lg font-bold">
          {t("whereTitle")}
        </h2>
        <ol className="mt-3 list-decimal space-y-1 pl-6">
          <li>{t.rich("whereStep1", { link: (chunks) => <a href="https://www.data.gouv.fr/">{chunks}</a> })}</li>
          <li>{t("whereStep2")}</li>
          <li>{t("whereStep3")}</li>
        </ol>
        <p className="mt-3 text-sm text-muted">{t("keyWarning")}</p>
      </section>
      {env.DEMO_MODE && <DemoAccounts />}
    </div>
  );
}
