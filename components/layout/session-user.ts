import { useEffect, useState } from "react";

import type { Visitor } from "~/lib/reuses/may-manage";

export interface SessionUser {
  name: string;
  image: string | null;
}

/** What `/api/auth/session` tells the browser (server/auth/options.ts): display data and public ids, no key. */
interface SessionAnswer {
  user?: SessionUser & { id?: string; roles?: string[]; organizations?: { id: string }[] };
}

/**
 * The page's one request for the session, shared by the header and every "Gérer" link: they all mount together,
 * and a listing's twenty cards must not ask twenty times. Read again on the next page load only.
 */
let sessionRequest: Promise<SessionAnswer["user"] | null> | null = null;

function readSession(): Promise<SessionAnswer["user"] | null> {
  sessionRequest ??= fetch("/api/auth/session")
    .then((response) => response.json())
    .then((session: SessionAnswer) => session.user ?? null)
    .catch(() => null);
  return sessionRequest;
}

/** The session's user as `pick` gives it: null until it is read, and when signed out. */
function useSession<T>(pick: (user: NonNullable<SessionAnswer["user"]>) => T | null): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void readSession().then((user) => {
      if (live) setValue(user ? pick(user) : null);
    });
    return () => {
      live = false;
    };
    // `pick` is a module-level function of each hook below: it never changes, the effect runs once.
  }, [pick]);
  return value;
}

const toUser = (user: SessionUser): SessionUser => ({ name: user.name, image: user.image });

const toVisitor = (user: NonNullable<SessionAnswer["user"]>): Visitor | null =>
  user.id
    ? { id: user.id, roles: user.roles ?? [], organizationIds: (user.organizations ?? []).map((org) => org.id) }
    : null;

/**
 * The signed-in user, for display only. Public pages are the same HTML for everyone (they are cached and shared),
 * so the user is read here, in the browser, from next-auth's session endpoint; null until then, and when signed out.
 */
export function useSessionUser(): SessionUser | null {
  return useSession(toUser);
}

/** The signed-in visitor's ids and roles, to decide what they may manage; null until read, and when signed out. */
export function useSessionVisitor(): Visitor | null {
  return useSession(toVisitor);
}
