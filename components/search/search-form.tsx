"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, type ReactNode, useEffect, useRef } from "react";

import { useSiteLocale } from "~/components/i18n/use-site-locale";
import { localizedPath } from "~/lib/i18n/paths";

interface SearchFormProps {
  /** Where the GET form goes: the listing. */
  action: string;
  id?: string;
  /** Names the search landmark. */
  label: string;
  /** With JavaScript, a choice in one of the form's selects (its `form` attribute included) applies at once. */
  applyOnChange?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * A plain GET form, which works as it is without JavaScript. With JavaScript, it leaves its empty fields out
 * of the URL and navigates in the app instead of loading a whole page; with `applyOnChange`, a select's new
 * choice is applied at once (the submit buttons stay, for a form without JavaScript and for those who prefer
 * to choose first and then apply).
 */
export function SearchForm({ action, id, label, applyOnChange = false, className, children }: SearchFormProps) {
  const router = useRouter();
  const locale = useSiteLocale();
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!applyOnChange) return;
    // On the document: a select outside the form that belongs to it (`form` attribute) sends no event through it.
    const onChange = (event: Event) => {
      const target = event.target;
      if (target instanceof HTMLSelectElement && target.form === form.current) form.current?.requestSubmit();
    };
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, [applyOnChange]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim()) params.append(name, value.trim());
    }
    const query = params.toString();
    const target = localizedPath(locale, action);
    router.push(query ? `${target}?${query}` : target);
  }

  return (
    <form
      ref={form}
      id={id}
      action={localizedPath(locale, action)}
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
