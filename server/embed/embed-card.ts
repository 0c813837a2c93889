import { escapeUTF8 as escape } from "entities";

import { translatorFor } from "~/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "~/lib/i18n/locales";
import { homeUrl } from "~/lib/site-urls";

/**
 * The embed card's document, written out whole: a page other sites frame needs neither the site's layout (its
 * header and footer) nor its scripts (0 KB) nor its stylesheet; its style is inline, allowed by hash like any
 * page's (server/http/csp.ts). Every value from upstream is escaped (entities). Its words are in the language
 * of its URL (`/embeds/…`, `/en/embeds/…`); the reuse's own title stays as written, in French.
 */
const STYLE = [
  "*{box-sizing:border-box}",
  "body{margin:0;font:16px/1.4 system-ui,sans-serif;color:#161616;background:#fff}",
  ".card{display:flex;flex-direction:column;height:100vh;border:1px solid #ddd;border-radius:4px;overflow:hidden}",
  ".card img{display:block;width:100%;aspect-ratio:16/9;object-fit:cover;background:#f6f6f6;min-height:0;flex:1 1 auto}",
  ".text{padding:12px 16px}",
  "h1{margin:0;font-size:1.125rem;line-height:1.3;overflow-wrap:anywhere}",
  "a{color:#000091}",
  "a:focus-visible{outline:2px solid #000091;outline-offset:2px}",
  "p{margin:4px 0 0;font-size:.875rem;color:#3a3a3a}",
  ".hint{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}",
].join("");

function documentOf(locale: Locale, title: string, body: string, canonical?: string): string {
  const link = canonical ? `<link rel="canonical" href="${escape(canonical)}">` : "";
  return [
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">',
    `<title>${escape(title)}</title>${link}<style>${STYLE}</style></head>`,
    `<body>${body}</body></html>`,
  ].join("");
}

export interface EmbedCard {
  /** The card's language (its words'), French by default: the reuse's own title is French whatever it is. */
  locale?: Locale;
  title: string;
  /** The reuse's page on the site (absolute: the card lives in another site's page). */
  pageUrl: string;
  producerName: string | undefined;
  /** An allowed image URL, or undefined. */
  image: string | undefined;
}

/** Upstream text, as written (in French), inside a card in `locale`. */
function asWritten(locale: Locale, text: string): string {
  return locale === DEFAULT_LOCALE ? escape(text) : `<span lang="${DEFAULT_LOCALE}">${escape(text)}</span>`;
}

/** The reuse's card: its image, its title linking to its page (in a new tab), who published it, the site. */
export function embedCardHtml({ locale = DEFAULT_LOCALE, title, pageUrl, producerName, image }: EmbedCard): string {
  const t = translatorFor("embed", locale);
  // Decorative: the title says what the reuse is.
  const img = image ? `<img src="${escape(image)}" alt="" width="480" height="270">` : "";
  const producer = producerName ? `<p>${escape(t("publishedBy", { name: producerName }))}</p>` : "";
  const body = [
    `<article class="card">${img}<div class="text">`,
    `<h1><a href="${escape(pageUrl)}" target="_blank" rel="noopener">${asWritten(locale, title)}`,
    `<span class="hint"> ${escape(t("newTab"))}</span></a></h1>`,
    `${producer}<p>${escape(t("providerName"))}</p></div></article>`,
  ].join("");
  return documentOf(locale, t("frameTitle", { title }), body, pageUrl);
}

export type EmbedFailureKind = "not-found" | "gone" | "unavailable";

/**
 * What the frame shows instead of a card: the reuse is unknown, deleted, or out of reach for a moment; with a
 * link to the site's home page in `locale`.
 */
export function embedFailureHtml(kind: EmbedFailureKind, siteUrl: string, locale: Locale = DEFAULT_LOCALE): string {
  const t = translatorFor("embed", locale);
  const text = { "not-found": t("notFound"), gone: t("gone"), unavailable: t("unavailable") }[kind];
  const body = [
    `<article class="card"><div class="text"><h1>${escape(text)}</h1>`,
    `<p><a href="${escape(homeUrl(siteUrl, locale))}" target="_blank" rel="noopener">${escape(t("providerName"))}`,
    `<span class="hint"> ${escape(t("newTab"))}</span></a></p></div></article>`,
  ].join("");
  return documentOf(locale, text, body);
}
