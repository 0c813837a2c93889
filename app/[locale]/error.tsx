"use client";

import { Link } from "~/components/link";
import { HttpStatus } from "~/components/http-status";
import { useIslandText } from "~/components/i18n/island-text";

/** Shown when a page fails in a way nobody planned for: a bug. No details, which are in the server's log. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const text = useIslandText();
  return (
    <div className="max-w-2xl">
      <HttpStatus code={500} />
      <h1 className="text-3xl font-bold">{text.errorTitle}</h1>
      <p className="mt-4">{text.errorText}</p>
      <p className="mt-4 flex gap-6">
        <button type="button" onClick={reset} className="text-brand underline">
          {text.retry}
        </button>
        <Link href="/reuses">{text.seeReuses}</Link>
      </p>
    </div>
  );
}
