import { useLocale } from "next-intl";

import { contentLang } from "~/lib/i18n/locales";

/**
 * Styles for the HTML the markdown renderer writes (see server/markdown/render.ts): long words and URLs wrap,
 * tables and code wrap instead of scrolling, so nothing overflows a 320 px screen.
 */
const PROSE = [
  "leading-relaxed [overflow-wrap:anywhere]",
  "[&_p]:mt-4 [&_p:first-child]:mt-0",
  "[&_h3]:mt-8 [&_h3]:text-xl [&_h3]:font-bold [&_h4]:mt-6 [&_h4]:text-lg [&_h4]:font-bold",
  "[&_h5]:mt-6 [&_h5]:font-bold [&_h6]:mt-6 [&_h6]:font-semibold",
  "[&_ul]:mt-4 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:mt-4 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:mt-1",
  "[&_blockquote]:mt-4 [&_blockquote]:border-l-4 [&_blockquote]:border-line [&_blockquote]:pl-4 [&_blockquote]:text-muted",
  "[&_code]:rounded [&_code]:bg-surface [&_code]:px-1 [&_code]:text-sm",
  "[&_pre]:mt-4 [&_pre]:rounded [&_pre]:bg-surface [&_pre]:p-4 [&_pre]:whitespace-pre-wrap [&_pre_code]:px-0",
  "[&_hr]:my-8 [&_hr]:border-line",
  "[&_table]:mt-4 [&_table]:w-full [&_table]:table-fixed [&_table]:border-collapse [&_table]:text-sm",
  "[&_td]:border [&_td]:border-line [&_td]:p-2 [&_th]:border [&_th]:border-line [&_th]:bg-surface [&_th]:p-2",
].join(" ");

/**
 * The reuse's description (or a discussion's message), as server/markdown/render.ts rendered and sanitized it:
 * the only HTML of the page not React's. Written in French, and said so on a page in another language.
 */
export function ReuseDescription({ sanitizedHtml }: { sanitizedHtml: string }) {
  return <div lang={contentLang(useLocale())} className={PROSE} dangerouslySetInnerHTML={{ __html: sanitizedHtml }} />;
}
