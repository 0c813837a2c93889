import "server-only";

import { env } from "~/server/env";

import { API_PREFIX } from "./config";

/**
 * What the client does with a 3xx from data.gouv.fr. udata answers two: a 308 to the same path with its trailing
 * slash (Werkzeug), which means the client's path is wrong, and a 308 from a former slug to the current one
 * (udata/routing.py, `SlugFollow`). A write follows neither (its body would be sent again blindly) and fails
 * naming the path; a read follows only a slug change that stays on the API, or reports it (`reportMoved`) so
 * that a page can send its visitor to the current address.
 */
export type RedirectDecision =
  | { action: "follow"; url: string }
  | { action: "report"; url: string; location: string; movedTo: string }
  | { action: "refuse"; reason: string };

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

export function isRedirect(status: number): boolean {
  return REDIRECT_STATUSES.has(status);
}

function apiBase(): URL {
  return new URL(`${env.DATAGOUV_URL}${API_PREFIX}/`);
}

/** The one path segment that changed (the new slug), when that is the only difference. */
function changedSegment(from: string, to: string): string | undefined {
  const before = from.split("/");
  const after = to.split("/");
  if (before.length !== after.length) return undefined;
  const changed = after.filter((segment, index) => segment !== before[index]);
  return changed.length === 1 && changed[0] ? decodeURIComponent(changed[0]) : undefined;
}

export function decideRedirect(
  request: { method: string; reportMoved?: boolean },
  location: string | null,
  from: string,
): RedirectDecision {
  if (!location) return { action: "refuse", reason: "a redirect without Location" };
  const source = new URL(from);
  const target = new URL(location, from);
  const base = apiBase();
  if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) {
    return { action: "refuse", reason: `a redirect off the API (${target.origin})` };
  }
  if (target.pathname === `${source.pathname}/`) {
    return { action: "refuse", reason: "a redirect to the path with its trailing slash: the path must end with /" };
  }
  const movedTo = changedSegment(source.pathname, target.pathname);
  if (movedTo === undefined) return { action: "refuse", reason: `a redirect to ${target.pathname}` };
  if (request.method !== "GET") return { action: "refuse", reason: `a write redirected to ${target.pathname}` };
  const apiLocation = target.pathname.slice(base.pathname.length - 1);
  if (request.reportMoved) return { action: "report", url: target.href, location: apiLocation, movedTo };
  return { action: "follow", url: target.href };
}
