import { Parser } from "htmlparser2";
import MarkdownIt from "markdown-it";

// Only to read the structure: the HTML it writes is read for its words (below), never shown.
const markdown = new MarkdownIt({ html: true, linkify: false });
markdown.renderer.rules.image = (tokens, index) => markdown.utils.escapeHtml(altText(tokens[index]?.children ?? []));

type Token = ReturnType<MarkdownIt["parse"]>[number];

function altText(tokens: readonly Token[]): string {
  return tokens.map((token) => (token.type === "image" ? altText(token.children ?? []) : token.content)).join("");
}

/** Elements whose text is no words of the description: code to run, styles, form controls, embedded things. */
const NO_WORDS = new Set(["script", "style", "template", "textarea", "select", "iframe", "object", "svg", "math"]);
/** Elements that separate words: blocks, line breaks, cells. Inline ones (strong, a…) do not. */
const SEPARATES = new Set(
  "br p div li ul ol h1 h2 h3 h4 h5 h6 blockquote pre hr table tr th td dt dd section article".split(" "),
);

/** The text of an HTML fragment, entities decoded, with a space where a block or a line break was. */
function textOfHtml(html: string): string {
  const words: string[] = [];
  let hidden = 0;
  const separate = (name: string) => {
    if (SEPARATES.has(name)) words.push(" ");
  };
  const parser = new Parser({
    onopentag(name) {
      if (NO_WORDS.has(name)) hidden += 1;
      separate(name);
    },
    onclosetag(name) {
      if (NO_WORDS.has(name)) hidden = Math.max(0, hidden - 1);
      separate(name);
    },
    ontext(text) {
      if (hidden === 0) words.push(text);
    },
  });
  parser.end(html);
  return words.join("");
}

/**
 * The words of a markdown text, which may hold HTML, without its markup: no markdown marks, no tags, no
 * script's text; paragraphs, headings, list items and code run together.
 */
export function markdownToPlainText(source: string): string {
  return textOfHtml(markdown.render(source)).replace(/\s+/g, " ").trim();
}
/** The start of a markdown text as plain text, at most `maxLength` characters, cut between words with "…". */
export function plainTextExcerpt(source: string, maxLength: number): string {
  const text = markdownToPlainText(source);
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
