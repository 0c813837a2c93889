"use client";

import { useViewer } from "./viewer";

/**
 * "Sign in to take part", with its link, unless the visitor is known to be signed in: the cached page shows it
 * to everyone; once the page hydrates, a signed-in visitor's is taken away.
 */
export function SignInNote({ href, label }: { href: string; label: string }) {
  const viewer = useViewer();
  if (viewer) return null;
  return (
    <p className="mt-4">
      <a href={href} className="font-semibold text-brand underline">
        {label}
      </a>
    </p>
  );
}
