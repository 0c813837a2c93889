"use client";

import type { FormEvent } from "react";

/**
 * next-auth's sign-out: a POST with its CSRF token. Server-rendered pages pass the token (the form then works
 * without JavaScript); elsewhere it is fetched when the button is pressed.
 */
interface SignOutButtonProps {
  /** The button's word, translated by the server parent (the public header's island carries no catalog). */
  label: string;
  csrfToken?: string;
  className?: string;
}

export function SignOutButton({ label, csrfToken = "", className }: SignOutButtonProps) {
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const token = form.elements.namedItem("csrfToken");
    if (!(token instanceof HTMLInputElement) || token.value) return;
    event.preventDefault();
    const answer = (await fetch("/api/auth/csrf").then((response) => response.json())) as { csrfToken?: string };
    token.value = answer.csrfToken ?? "";
    form.submit();
  }

  return (
    <form method="post" action="/api/auth/signout" onSubmit={onSubmit}>
      <input type="hidden" name="csrfToken" defaultValue={csrfToken} />
      <input type="hidden" name="callbackUrl" value="/" />
      <button type="submit" className={className}>
        {label}
      </button>
    </form>
  );
}
