"use client";

import { useEffect, useState } from "react";

import { Link } from "~/components/link";
import { SignOutButton } from "~/components/auth/sign-out-button";

interface SessionUser {
  name: string;
  image: string | null;
}

/** The menu's words, translated by the server parent: the island carries no catalog. */
interface UserMenuLabels {
  signIn: string;
  producerSpace: string;
  signOut: string;
}

/**
 * The header's account corner. Public pages are the same HTML for everyone (they are cached and shared), so the
 * signed-in user is filled in here, in the browser, from next-auth's session endpoint (display data only).
 */

export function UserMenu({ labels }: { labels: UserMenuLabels }) {
  const [user, setUser] = useState<SessionUser | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/auth/session", { signal: controller.signal })
      .then((response) => response.json())
      .then((session: { user?: SessionUser }) => setUser(session.user ?? null))
      .catch(() => setUser(null));
    return () => controller.abort();
  }, []);

  if (!user) {
    return (
      <Link href="/sign-in" className="inline-flex min-h-11 items-center no-underline hover:underline">
        {labels.signIn}
      </Link>
    );
  }
  return (
    <details className="relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded px-2 hover:bg-brand-soft">
        {user.image && (
          // eslint-disable-next-line @next/next/no-img-element -- an avatar from data.gouv.fr, already small
          <img src={user.image} alt="" width={28} height={28} className="size-7 rounded-full object-cover" />
        )}
        <span className="font-semibold">{user.name}</span>
        <span aria-hidden="true">▾</span>
      </summary>
      <ul className="absolute right-0 z-10 mt-2 w-56 rounded border border-line bg-white p-2 shadow-lg">
        <li>
          <Link href="/dashboard" className="block rounded px-3 py-2 no-underline hover:bg-brand-soft">
            {labels.producerSpace}
          </Link>
        </li>
        <li>
          <SignOutButton
            label={labels.signOut}
            className="w-full rounded px-3 py-2 text-left text-brand hover:bg-brand-soft"
          />
        </li>
      </ul>
    </details>
  );
}
