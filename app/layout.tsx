import type { ReactNode } from "react";

/**
 * Above the languages: the document itself is app/[locale]/layout.tsx's (its `lang` is the page's). This layout
 * only has to exist for app/not-found.tsx, the answer to an address outside every language.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
