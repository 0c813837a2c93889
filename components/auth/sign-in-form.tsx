"use client";

import { type FormEvent, useId, useState } from "react";

import { CONTROL } from "~/components/ui/styles";
import type { SignInErrorKey } from "~/lib/auth/sign-in-errors";

import { submitSignIn } from "./submit-sign-in";

interface SignInFormText {
  keyLabel: string;
  showKey: string;
  hideKey: string;
  checking: string;
  submit: string;
  errors: Readonly<Record<SignInErrorKey, string>>;
}

interface SignInFormProps {
  csrfToken: string;
  callbackUrl: string;
  /** Why the last try failed, from the URL. */
  initialError: SignInErrorKey | undefined;
  /** The form's words and the sentence for each reason, from the catalog: given by the page, so that the form
   * loads no i18n library in the browser. */
  text: SignInFormText;
}

/**
 * A plain form posted to next-auth's `api-key` callback, so that it works without JavaScript. With it, the
 * answer is read in place: an error shows next to the field, without a reload, and the key never leaves the
 * field but for that one request (no autocomplete, nothing stored).
 */
export function SignInForm({ csrfToken, callbackUrl, initialError, text }: SignInFormProps) {
  const [error, setError] = useState(initialError);
  const [visible, setVisible] = useState(false);
  const [pending, setPending] = useState(false);
  const errorId = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const outcome = await submitSignIn(event.currentTarget);
    if (outcome.ok) return window.location.assign(outcome.url);
    setError(outcome.reason);
    setPending(false);
  }

  return (
    <form method="post" action="/api/auth/callback/api-key" onSubmit={onSubmit} className="mt-8" noValidate>
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <label htmlFor="apiKey" className="block font-semibold">
        {text.keyLabel}
      </label>
      <div className="mt-2 flex gap-2">
        <input
          id="apiKey"
          name="apiKey"
          type={visible ? "text" : "password"}
          required
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className={`${CONTROL} flex-1 font-mono`}
        />
        <button
          type="button"
          onClick={() => setVisible(!visible)}
          aria-pressed={visible}
          aria-controls="apiKey"
          className="rounded border border-brand px-3 py-2 text-brand"
        >
          {visible ? text.hideKey : text.showKey}
        </button>
      </div>
      {error && (
        <p id={errorId} role="alert" className="mt-2 font-semibold text-danger">
          {text.errors[error]}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="mt-6 rounded bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-hover disabled:opacity-70"
      >
        {pending ? text.checking : text.submit}
      </button>
    </form>
  );
}
