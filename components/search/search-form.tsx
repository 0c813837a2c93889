"use client";

import { useRouter } from "next/navigation";
import type { FormEvent, ReactNode } from "react";

interface SearchFormProps {
  /** Where the GET form goes: the listing. */
  action: string;
  id?: string;
  /** Names the search landmark. */
  label: string;
  className?: string;
  children: ReactNode;
}

/**
 * A plain GET form, which works as it is without JavaScript. With JavaScript, it leaves its empty fields out
 * of the URL and navigates in the app instead of loading a whole page.
 */
export function SearchForm({ action, id, label, className, children }: SearchFormProps) {
  const router = useRouter();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim()) params.append(name, value.trim());
    }
    const query = params.toString();
    router.push(query ? `${action}?${query}` : action);
  }

  return (
    <form
      id={id}
      action={action}
      method="get"
      role="search"
      aria-label={label}
      className={className}
      onSubmit={onSubmit}
    >
      {children}
    </form>
  );
}
