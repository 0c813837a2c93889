import { useEffect, useState } from "react";

export interface SessionUser {
  name: string;
  image: string | null;
}

/**
 * The signed-in user, for display only. Public pages are the same HTML for everyone (they are cached and shared),
 * so the user is read here, in the browser, from next-auth's session endpoint; null until then, and when signed out.
 */
export function useSessionUser(): SessionUser | null {
  const [user, setUser] = useState<SessionUser | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/auth/session", { signal: controller.signal })
      .then((response) => response.json())
      .then((session: { user?: SessionUser }) => setUser(session.user ?? null))
      .catch(() => setUser(null));
    return () => controller.abort();
  }, []);
  return user;
}
