import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";

import { SignOutButton } from "~/components/auth/sign-out-button";
import { DashboardShell } from "~/components/dashboard/shell/dashboard-shell";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { CSRF_COOKIE, csrfTokenOf } from "~/server/auth/csrf";
import { getSession } from "~/server/auth/session";

export const metadata: Metadata = {
  title: { default: "Mon espace producteur", template: "%s · Mon espace producteur" },
  robots: { index: false, follow: false },
};

/**
 * The producer area: only for a live session (proxy.ts sends visitors without a cookie to /sign-in first).
 * Its forms call tRPC from the browser: the provider is mounted here, for this subtree only.
 */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const session = await getSession();
  if (!session) redirect("/sign-in?callbackUrl=/dashboard");
  const csrfToken = csrfTokenOf((await cookies()).get(CSRF_COOKIE)?.value) ?? undefined;

  const account = (
    <>
      <p>
        Connecté en tant que <strong>{session.name}</strong>
      </p>
      <SignOutButton csrfToken={csrfToken} className="min-h-11 rounded border border-brand px-3 py-1.5 text-brand" />
    </>
  );
  return (
    <DashboardShell account={account}>
      <TRPCReactProvider>{children}</TRPCReactProvider>
    </DashboardShell>
  );
}
