import { SIGN_IN_ERRORS, SIGN_IN_FAILED, signInErrorMessage } from "~/lib/auth/sign-in-errors";

export type SignInOutcome = { ok: true; url: string } | { ok: false; message: string };

/** Posts the sign-in form as next-auth's own client does (`json=true`: the answer names where to go, or why not). */
export async function submitSignIn(form: HTMLFormElement): Promise<SignInOutcome> {
  const body = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === "string") body.append(name, value);
  body.set("json", "true");
  let response: Response;
  try {
    response = await fetch(form.action, { method: "POST", body, headers: { "X-Auth-Return-Redirect": "1" } });
  } catch {
    return { ok: false, message: SIGN_IN_ERRORS.Network };
  }
  if (response.status === 429) return { ok: false, message: SIGN_IN_ERRORS.TooManyAttempts };
  const answer = (await response.json().catch(() => null)) as { url?: unknown } | null;
  if (typeof answer?.url !== "string") return { ok: false, message: SIGN_IN_FAILED };
  const error = new URL(answer.url, window.location.href).searchParams.get("error");
  const message = signInErrorMessage(error);
  return message ? { ok: false, message } : { ok: true, url: answer.url };
}
