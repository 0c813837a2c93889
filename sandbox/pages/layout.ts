import { createHash } from "node:crypto";
import { type Reply } from "../http";
import { type HtmlPart, SafeHtml, html } from "./html";

/**
 * The frame of the sandbox's human pages (the `page` URLs of its answers): French, no script, one
 * stylesheet allowed by its hash in a strict CSP, and a visible note that this is not data.gouv.fr.
 */
const STYLE = `body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#161616;background:#fff}
.note{margin:0;padding:.75rem 1rem;background:#fff4d6;border-bottom:2px solid #b34000}
main{max-width:48rem;margin:0 auto;padding:1rem}
a{color:#000091}a:focus{outline:3px solid #0a76f6;outline-offset:2px}
.text{white-space:pre-line;overflow-wrap:anywhere}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
article{border-top:1px solid #ddd;padding-top:.5rem}
label{display:block;font-weight:600}select,button{font:inherit;margin:.25rem 1rem 1rem 0;padding:.5rem 1rem}`;

/** Built apart from the template so that formatting can never change the hashed text. */
const STYLE_ELEMENT = new SafeHtml(`<style>${STYLE}</style>`);

const STYLE_HASH = createHash("sha256").update(STYLE).digest("base64");

/** `formTargets`: where the page's form may post, redirects after the post included (none by default). */
function contentSecurityPolicy(formTargets: readonly string[]): string {
  return [
    "default-src 'none'",
    `style-src 'sha256-${STYLE_HASH}'`,
    "img-src 'self'",
    "base-uri 'none'",
    `form-action ${formTargets.length > 0 ? formTargets.join(" ") : "'none'"}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

export interface PageContent {
  status: 200 | 404 | 410;
  title: string;
  main: SafeHtml;
}

export function htmlReply({ status, title, main }: PageContent, formTargets: readonly string[] = []): Reply {
  const document = html`<!doctype html>
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title.trim()} — bac à sable de data.gouv.fr</title>
        ${STYLE_ELEMENT}
      </head>
      <body>
        <p class="note" role="note">
          <strong>Bac à sable local.</strong> Cette page est la doublure locale de data.gouv.fr, pour le développement,
          les démonstrations et les tests : ce n'est pas le vrai site, et une partie de ses données est inventée.
        </p>
        <main>${main}</main>
      </body>
    </html> `;
  return {
    status,
    bytes: { type: "text/html; charset=utf-8", data: document.text },
    headers: {
      "Content-Security-Policy": contentSecurityPolicy(formTargets),
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-cache",
    },
  };
}

export const NOT_FOUND: PageContent = {
  status: 404,
  title: "Page introuvable",
  main: html`<h1>Page introuvable</h1>
    <p>Rien dans le bac à sable ne correspond à cette adresse : l'objet n'existe pas, ou il est privé.</p>`,
};

export function gonePage(what: string): PageContent {
  return {
    status: 410,
    title: `${what} supprimé`,
    main: html`<h1>${what} supprimé</h1>
      <p>Cet objet a été supprimé : il n'est plus visible.</p>`,
  };
}

const DATE = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" });

export function dateFr(iso: unknown): string {
  const time = typeof iso === "string" ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(time) ? "inconnue" : DATE.format(time);
}

/** A string field of udata's free-form JSON, or `fallback`. */
export function textOr(value: unknown, fallback: string): string {
  return typeof value === "string" && value ? value : fallback;
}

/** Plain text (markdown included) shown as it is, escaped, its line breaks kept. */
export function plainText(text: string): SafeHtml {
  return text.trim() ? html`<div class="text">${text}</div>` : html`<p>Pas de description.</p>`;
}

export function facts(entries: readonly (readonly [string, HtmlPart])[]): SafeHtml {
  return html`<dl>
    ${entries.map(
      ([term, value]) =>
        html`<dt>${term}</dt>
          <dd>${value}</dd>`,
    )}
  </dl>`;
}

/** A titled list of links, or a sentence when there is none. */
export function linkList(heading: string, links: readonly { href: string; text: string }[], none: string): SafeHtml {
  const items = links.map((link) => html`<li><a href="${link.href}">${link.text}</a></li>`);
  return html`<h2>${heading}</h2>
    ${
      links.length > 0
        ? html`<ul>
            ${items}
          </ul>`
        : html`<p>${none}</p>`
    }`;
}

/** A link that leaves the sandbox: http(s) only, without passing on who linked it. */
export function outboundLink(url: string | null, none: string): SafeHtml | string {
  if (!url || !/^https?:\/\//i.test(url)) return none;
  return html`<a href="${url}" rel="nofollow ugc noopener noreferrer">${url}</a>`;
}
