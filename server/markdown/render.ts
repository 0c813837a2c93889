import "server-only";

import MarkdownIt, { type StateCore, type Token } from "markdown-it";
import sanitizeHtml from "sanitize-html";

import { isAllowedUrl, OUTBOUND_REL } from "~/lib/safe-url";

/** The page's h1 is the title and its sections are h2: the description's headings start at h3. */
const FIRST_HEADING_LEVEL = 3;
const LAST_HEADING_LEVEL = 6;

/** Tailwind classes for table cells aligned in the source (markdown-it would write a `style=`, which the CSP refuses). */
const ALIGN_CLASSES: Readonly<Record<string, string>> = {
  "text-align:left": "text-left",
  "text-align:center": "text-center",
  "text-align:right": "text-right",
};

/**
 * The HTML a description may hold, as data.gouv.fr's front shows it (rehype-sanitize's default schema there),
 * less what this site never shows (images, inputs, ids, styles): text formatting, lists, headings, tables and
 * links. Everything else is dropped, keeping its text, except script and style elements whose text goes too.
 */
const ALLOWED_HTML: sanitizeHtml.IOptions = {
  allowedTags: [
    ..."p br strong em s del sup sub code pre blockquote ul ol li h3 h4 h5 h6 hr a span".split(" "),
    ..."table thead tbody tr th td".split(" "),
  ],
  allowedAttributes: { a: ["href", "rel"], ol: ["start"], th: ["class"], td: ["class"] },
  allowedClasses: { th: Object.values(ALIGN_CLASSES), td: Object.values(ALIGN_CLASSES) },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // The page's h1 and h2 are its own: a description's headings start at h3, as in markdown.
  transformTags: { b: "strong", i: "em", h1: "h3", h2: "h3", a: secureLink },
  // A link left without words (an image was all it held) would be a link without a name: it goes.
  exclusiveFilter: (frame) => frame.tag === "a" && frame.text.trim() === "",
};

/**
 * Upstream descriptions are hostile. Markdown links, autolinks, linkified text, references and images go
 * through `isAllowedUrl`; the HTML written in the source (`html: true`), and all the output with it, then goes
 * through sanitize-html with the allowlist above.
 */
const markdown = new MarkdownIt({ html: true, linkify: true, breaks: true, typographer: false });
markdown.validateLink = isAllowedUrl;
markdown.core.ruler.push("shift_headings", shiftHeadings);
markdown.core.ruler.push("secure_inline", secureInline);
markdown.core.ruler.push("align_classes", alignClasses);
markdown.renderer.rules.image = renderImageAsLink;

/** Markdown from upstream as HTML safe to put in the page: no script, no handler, no style, no remote image. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), ALLOWED_HTML);
}

/** A link written in HTML, like a markdown one: an allowed URL and the outbound rel only, or its text only. */
function secureLink(_tagName: string, attributes: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const href = attributes.href ?? "";
  return isAllowedUrl(href) ? { tagName: "a", attribs: { href, rel: OUTBOUND_REL } } : { tagName: "span", attribs: {} };
}

/** Shifts every heading so that the highest one becomes an h3, keeping their order (at most h6). */
function shiftHeadings(state: StateCore) {
  const headings = state.tokens.filter((token) => token.type === "heading_open" || token.type === "heading_close");
  if (headings.length === 0) return;
  const levels = headings.map(headingLevel);
  const offset = FIRST_HEADING_LEVEL - Math.min(...levels);
  headings.forEach((token, index) => {
    const level = Math.min(LAST_HEADING_LEVEL, (levels[index] ?? FIRST_HEADING_LEVEL) + offset);
    token.tag = `h${level}`;
  });
}

function headingLevel(token: Token): number {
  return Number(token.tag.slice(1));
}

/**
 * Links get `rel="nofollow ugc noopener"` and no `target`. A link whose URL is not allowed (an empty `[x]()`
 * gets through the parser) becomes plain text: its tags turn into a <span>.
 */
function secureInline(state: StateCore) {
  for (const block of state.tokens) {
    const open: Token[] = [];
    for (const token of block.children ?? []) {
      if (token.type === "link_open") {
        open.push(token);
        const href = token.attrGet("href") ?? "";
        if (isAllowedUrl(href)) {
          token.attrs = [["href", href]];
          token.attrSet("rel", OUTBOUND_REL);
        } else {
          token.tag = "span";
          token.attrs = null;
        }
      } else if (token.type === "link_close") {
        token.tag = open.pop()?.tag ?? "span";
      }
    }
  }
}

/** Replaces the `style="text-align:…"` markdown-it puts on table cells by a class. */
function alignClasses(state: StateCore) {
  for (const token of state.tokens) {
    const style = token.attrGet("style");
    if (style === null) continue;
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== "style");
    const className = ALIGN_CLASSES[style];
    if (className) token.attrSet("class", className);
  }
}

/**
 * An image is shown as a link to it, never loaded: a remote image would tell its host who reads the page, and
 * the CSP allows images from data.gouv.fr only.
 */
function renderImageAsLink(tokens: Token[], index: number): string {
  const token = tokens[index];
  const src = token?.attrGet("src") ?? "";
  const alt = (token?.children ?? []).map((child) => child.content).join("");
  const text = markdown.utils.escapeHtml(`Image : ${alt.trim() || "sans description"}`);
  if (!isAllowedUrl(src)) return text;
  return `<a href="${markdown.utils.escapeHtml(src)}" rel="${OUTBOUND_REL}">${text}</a>`;
}
