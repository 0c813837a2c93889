"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";

import { useTRPC } from "~/components/trpc/provider";
import { leaveIfSignedOut } from "./end-session";
import { SECONDARY_BUTTON } from "~/components/ui/styles";
import { useFailureOf } from "~/components/ui/use-failure";

/** Styles for the renderer's HTML (paragraphs, h3–h6, lists, quotes, code), wrapping long words at 320 px. */
const PREVIEW_PROSE = [
  "leading-relaxed [overflow-wrap:anywhere] [&_p]:mt-3 [&_p:first-child]:mt-0",
  "[&_h3]:mt-4 [&_h3]:text-lg [&_h3]:font-bold [&_h4]:mt-4 [&_h4]:font-bold [&_h5]:font-bold [&_h6]:font-semibold",
  "[&_ul]:mt-3 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:mt-3 [&_ol]:list-decimal [&_ol]:pl-6",
  "[&_blockquote]:border-l-4 [&_blockquote]:border-line [&_blockquote]:pl-4 [&_code]:bg-surface [&_pre]:whitespace-pre-wrap",
].join(" ");

/**
 * The preview of a markdown field as the public pages will show it: rendered by the site's sanitized markdown
 * renderer, on the server (`account.profile.previewMarkdown`), so it is the same HTML, safe to insert.
 */
export function MarkdownPreview({ read }: { read: () => string }) {
  const trpc = useTRPC();
  const failureOf = useFailureOf();
  const preview = useMutation(trpc.account.profile.previewMarkdown.mutationOptions());
  const [html, setHtml] = useState<string | null>(null);
  const titleId = useId();
  const t = useTranslations("dashboard.profile.preview");

  function show() {
    preview.mutate(
      { source: read() },
      {
        onSuccess: (answer) => setHtml(answer.html),
        onError: (error) => void leaveIfSignedOut(error),
      },
    );
  }

  return (
    <div className="mt-3 max-w-xl">
      <button type="button" onClick={show} disabled={preview.isPending} className={SECONDARY_BUTTON}>
        {html === null ? t("show") : t("update")}
      </button>
      <p role="status" aria-live="polite" className="mt-2 text-sm">
        {preview.isError && <span className="font-semibold text-danger">{failureOf(preview.error).message}</span>}
        {preview.isSuccess && t("updated")}
      </p>
      {html !== null && (
        <section aria-labelledby={titleId} className="mt-2 rounded border border-line p-4">
          <p id={titleId} className="mb-3 text-sm font-semibold text-muted">
            {t("title")}
          </p>
          {html ? (
            <div className={PREVIEW_PROSE} dangerouslySetInnerHTML={{ __html: html }} />
          ) : (
            <p className="text-muted">{t("empty")}</p>
          )}
        </section>
      )}
    </div>
  );
}
