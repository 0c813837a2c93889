import { signInErrorKey, type SignInErrorKey } from "~/lib/auth/sign-in-errors";

export type SignInOutcome = { ok: true; url: string } | { ok: false; reason: SignInErrorKey };

type CsrfRefusal = { ok: false; reason: "csrf" };
type Answer = SignInOutcome | CsrfRefusal;

const isCsrfRefusal = (answer: Answer): answer is CsrfRefusal => !answer.ok && answer.reason === "csrf";

async function post(action: string, body: URLSearchParams): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(action, { method: "POST", body, headers: { "X-Auth-Return-Redirect": "1" } });
  } catch {
    return { ok: false, reason: "Network" };
  }
  if (response.status === 429) return { ok: false, reason: "TooManyAttempts" };
  // The site's own refusal when its store cannot count the attempt (server/auth/auth-answers.ts).
  if (response.status === 503) return { ok: false, reason: "StoreUnavailable" };
  const answer = (await response.json().catch(() => null)) as { url?: unknown } | null;
  if (typeof answer?.url !== "string") return { ok: false, reason: "failed" };
  const url = new URL(answer.url, window.location.href);
  // next-auth refused the form's CSRF token (`/api/auth/signin?csrf=true`): it was not signed in.
  if (url.searchParams.get("csrf") === "true") return { ok: false, reason: "csrf" };
  const reason = signInErrorKey(url.searchParams.get("error"));
  return reason ? { ok: false, reason } : { ok: true, url: answer.url };
}

/** The CSRF token next-auth expects now (`GET /api/auth/csrf`, which sets its cookie when there is none). */
async function currentCsrfToken(): Promise<string | null> {
  try {
    const answer = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken?: unknown };
    return typeof answer.csrfToken === "string" ? answer.csrfToken : null;
  } catch {
    return null;
  }
}

/** Posts the sign-in form as next-auth's own client does (`json=true`: the answer names where to go, or why not). */
export function submitSignIn(form: HTMLFormElement): Promise<SignInOutcome> {
  const fields = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === "string") fields.append(name, value);
  return sendSignIn(form.action, fields);
}

/**
 * Sends the sign-in form's fields. The page's CSRF token may no longer match its cookie (another request without
 * cookies, such as a prefetch of this page from an earlier one, set a new one): then they are sent once more with
 * the current token.
 */
export async function sendSignIn(action: string, fields: URLSearchParams): Promise<SignInOutcome> {
  const body = new URLSearchParams(fields);
  body.set("json", "true");
  const first = await post(action, body);
  if (!isCsrfRefusal(first)) return first;
  const token = await currentCsrfToken();
  if (!token) return { ok: false, reason: "failed" };
  body.set("csrfToken", token);
  const second = await post(action, body);
  return isCsrfRefusal(second) ? { ok: false, reason: "failed" } : second;
}
