import type { Metadata } from "next";
import { headers } from "next/headers";

import { DemoAccounts } from "~/components/auth/demo-accounts";
import { SignInForm } from "~/components/auth/sign-in-form";
import { signInErrorMessage } from "~/lib/auth/sign-in-errors";
import { CSRF_TOKEN_HEADER } from "~/server/auth/csrf";
import { safeCallbackPath } from "~/server/auth/redirects";
import { env } from "~/server/env";

export const metadata: Metadata = {
  title: "Se connecter",
  description: "Connectez-vous avec votre clé d'API data.gouv.fr pour publier et gérer vos réutilisations.",
  robots: { index: false, follow: true },
};

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const csrfToken = (await headers()).get(CSRF_TOKEN_HEADER) ?? "";
  const callbackPath = safeCallbackPath(single(params.callbackUrl), env.NEXTAUTH_URL);

  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">Se connecter</h1>
      <p className="mt-4">
        Producteurs de réutilisations : connectez-vous avec votre <strong>clé d&apos;API data.gouv.fr</strong> pour
        publier et gérer vos réutilisations. Elle reste sur notre serveur, chiffrée, et n&apos;est jamais envoyée à
        votre navigateur.
      </p>
      <SignInForm
        csrfToken={csrfToken}
        callbackUrl={`${env.NEXTAUTH_URL}${callbackPath}`}
        initialError={signInErrorMessage(single(params.error))}
      />
      <section aria-labelledby="ou-trouver" className="mt-10 rounded border border-line bg-surface p-5">
        <h2 id="ou-trouver" className="text-lg font-bold">
          Où trouver votre clé d&apos;API ?
        </h2>
        <ol className="mt-3 list-decimal space-y-1 pl-6">
          <li>
            Connectez-vous sur <a href="https://www.data.gouv.fr/">data.gouv.fr</a>.
          </li>
          <li>Ouvrez votre profil, puis « Paramètres » ou « Clé d&apos;API ».</li>
          <li>Copiez la clé (générez-en une si vous n&apos;en avez pas) et collez-la ci-dessus.</li>
        </ol>
        <p className="mt-3 text-sm text-muted">
          Cette clé permet d&apos;agir en votre nom sur data.gouv.fr : ne la partagez avec personne. Vous pouvez la
          renouveler à tout moment, ce qui ferme aussi cette session.
        </p>
      </section>
      {env.DEMO_MODE && <DemoAccounts />}
    </div>
  );
}
