import MarkdownIt from "markdown-it";

// Only to read the structure: raw HTML stays text (html: false), nothing is rendered.
const markdown = new MarkdownIt({ html: false, linkify: false });

type Token = ReturnType<MarkdownIt["parse"]>[number];

function textOf(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      if (token.type === "text" || token.type === "code_inline") return token.content;
      if (token.type === "softbreak" || token.type === "hardbreak") return " ";
      if (token.type === "image") return textOf(token.children ?? []);
      return "";
    })
    .join("");
}

/** The words of a markdown text, without its markup: paragraphs, headings, list items, code, run together. */
export function markdownToPlainText(source: string): string {
  const blocks = markdown.parse(source, {}).map((token) => {
    if (token.type === "inline") return textOf(token.children ?? []);
    if (token.type === "code_block" || token.type === "fence") return token.content;
    return "";
  });
  return blocks
    .filter((block) => block.trim() !== "")
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The start of a markdown text as plain text, at most `maxLength` characters, cut between words with "…". */
export function plainTextExcerpt(source: string, maxLength: number): string {
  const text = markdownToPlainText(source);
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
