import { signInErrorKey, type SignInErrorKey } from "~/lib/auth/sign-in-errors";

export type SignInOutcome = { ok: true; url: string } | { ok: false; reason: SignInErrorKey };

/** Posts the sign-in form as next-auth's own client does (`json=true`: the answer names where to go, or why not). */
export async function submitSignIn(form: HTMLFormElement): Promise<SignInOutcome> {
  const body = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === "string") body.append(name, value);
  body.set("json", "true");
  let response: Response;
  try {
    response = await fetch(form.action, { method: "POST", body, headers: { "X-Auth-Return-Redirect": "1" } });
  } catch {
    return { ok: false, reason: "Network" };
  }
  if (response.status === 429) return { ok: false, reason: "TooManyAttempts" };
  const answer = (await response.json().catch(() => null)) as { url?: unknown } | null;
  if (typeof answer?.url !== "string") return { ok: false, reason: "failed" };
  const error = new URL(answer.url, window.location.href).searchParams.get("error");
  const reason = signInErrorKey(error);
  return reason ? { ok: false, reason } : { ok: true, url: answer.url };
}
