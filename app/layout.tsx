import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import { SiteFooter } from "~/components/layout/site-footer";
import { SiteHeader } from "~/components/layout/site-header";
import { env } from "~/server/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.NEXTAUTH_URL),
  title: { default: "Réutilisations des données publiques", template: "%s · Réutilisations" },
  description:
    "Applications, cartes, articles et API qui réutilisent les données publiques de data.gouv.fr : trouvez-les, découvrez qui les fait, publiez les vôtres.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#000091" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a href="#contenu" className="absolute -top-20 left-2 z-50 rounded bg-white p-3 focus:top-2">
          Aller au contenu
        </a>
        <SiteHeader />
        <main id="contenu" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
