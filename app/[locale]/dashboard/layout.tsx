import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";

import { SignOutButton } from "~/components/auth/sign-out-button";
import { DashboardShell } from "~/components/dashboard/shell/dashboard-shell";
import { PageFailureView } from "~/components/errors/page-failure";
import { LanguageForm } from "~/components/dashboard/shell/language-form";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { CSRF_COOKIE, csrfTokenOf } from "~/server/auth/csrf";
import { SITE_PATH_HEADER } from "~/lib/i18n/request-headers";
import { getSessionUnlessStoreDown } from "~/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.layout");
  return { title: { default: t("title"), template: t("titleTemplate") }, robots: { index: false, follow: false } };
}

/**
 * The producer area: only for a live session (proxy.ts sends visitors without a cookie to /sign-in first).
 * Its forms call tRPC from the browser: the provider is mounted here, for this subtree only, with next-intl's
 * client provider and the catalog's namespaces its client components say (the public pages need neither).
 */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const session = await getSessionUnlessStoreDown();
  if (session === "unavailable") return <ServiceUnavailable />;
  if (!session) redirect("/sign-in?callbackUrl=/dashboard");
  const csrfToken = csrfTokenOf((await cookies()).get(CSRF_COOKIE)?.value) ?? undefined;
  const t = await getTranslations("dashboard.layout");
  const layoutText = await getTranslations("layout");
  const { dashboard, errors, validation } = await getMessages();

  const account = (
    <>
      <p>{t.rich("signedInAs", { name: session.name, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <div className="flex flex-wrap items-center gap-4">
        <LanguageForm />
        <SignOutButton
          label={layoutText("signOut")}
          csrfToken={csrfToken}
          className="min-h-11 rounded border border-brand px-3 py-1.5 text-brand"
        />
      </div>
    </>
  );
  return (
    <NextIntlClientProvider messages={{ dashboard, errors, validation }}>
      <DashboardShell account={account} admin={session.roles.includes("admin")}>
        <TRPCReactProvider>{children}</TRPCReactProvider>
      </DashboardShell>
    </NextIntlClientProvider>
  );
}

/**
 * The vault cannot be read (the store, Redis, is down): not signed out, but nothing can be shown for now. A 503 in
 * words, instead of a page that would hang or fail: the same address works again once the store is back.
 */
async function ServiceUnavailable() {
  const retryHref = (await headers()).get(SITE_PATH_HEADER) ?? "/dashboard";
  const message = (await getTranslations("errors"))("serviceUnavailable");
  return <PageFailureView failure={{ kind: "unavailable", status: 503, message }} retryHref={retryHref} />;
}
