// Finds French left on an English page: every literal piece of the French catalog that the English catalog
// does not also have (a sentence, a label, a part of a message around its arguments), looked for in the page's
// text and its accessible names, leaving out what the page marks as French (data.gouv.fr's own content).
import { readFileSync } from "node:fs";
import path from "node:path";

import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { Page } from "@playwright/test";

type Catalog = { [key: string]: string | Catalog };

const readCatalog = (locale: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../messages", `${locale}.json`), "utf8")) as Catalog;

const messagesOf = (catalog: Catalog): string[] =>
  Object.values(catalog).flatMap((value) => (typeof value === "string" ? [value] : messagesOf(value)));

/** Typographic spaces and apostrophes as plain ones, spaces collapsed: the page's text and the catalog's alike. */
function normalized(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** The literal pieces of a message, between (and inside) its arguments, plurals and tags. */
function literalPieces(elements: MessageFormatElement[]): string[] {
  const pieces: string[] = [];
  let current = "";
  const cut = () => {
    pieces.push(current);
    current = "";
  };
  for (const element of elements) {
    if (element.type === TYPE.literal) current += element.value;
    else {
      cut();
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) pieces.push(...literalPieces(option.value));
      }
      if (element.type === TYPE.tag) pieces.push(...literalPieces(element.children));
    }
  }
  cut();
  return pieces;
}

/**
 * A piece long enough to be looked for inside the page's text (two words, 8 letters); a shorter one ("Gérer",
 * "Suivre") is looked for as a whole text or attribute of the page, where a word inside a name or a title would
 * not be taken for it.
 */
const isSentence = (piece: string) => piece.split(" ").length >= 2 && (piece.match(/\p{L}/gu) ?? []).length >= 8;

function piecesOf(locale: string): string[] {
  return messagesOf(readCatalog(locale)).flatMap((message) =>
    literalPieces(parse(message, { ignoreTag: false })).map(normalized),
  );
}

export interface FrenchPieces {
  /** Looked for anywhere in the page's text. */
  sentences: string[];
  /** Looked for as a whole text or attribute value (at least two letters: not "·" nor "%"). */
  words: string[];
}

/** The French catalog's pieces that no English message has. */
export function frenchOnlyPieces(): FrenchPieces {
  const englishPieces = piecesOf("en");
  const english = englishPieces.join("\n");
  const englishWhole = new Set(englishPieces);
  const french = [...new Set(piecesOf("fr"))].filter((piece) => (piece.match(/\p{L}/gu) ?? []).length >= 2);
  return {
    sentences: french.filter((piece) => isSentence(piece) && !english.includes(piece)),
    words: french.filter((piece) => !isSentence(piece) && !englishWhole.has(piece)),
  };
}

/**
 * What a reader meets on the page: the head's title and description, the body's texts (what is hidden too:
 * closed menus, screen-reader text) and its accessible names and hints, without data.gouv.fr's content that the
 * page marks `lang="fr"`.
 */
async function englishPageTexts(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const node of body.querySelectorAll("script, style, template, [lang]:not([lang|='en'])")) node.remove();
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const nodes: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node.textContent ?? "");
    const attributes = [...body.querySelectorAll("*")].flatMap((element) =>
      ["aria-label", "title", "placeholder", "alt", "aria-description", "aria-roledescription"]
        .map((name) => element.getAttribute(name) ?? "")
        .concat(element instanceof HTMLInputElement && element.type !== "text" ? [element.value] : []),
    );
    const description = document.querySelector('meta[name="description"]')?.getAttribute("content") ?? "";
    return [document.title, description, body.textContent ?? "", ...nodes, ...attributes];
  });
  return texts.map(normalized).filter(Boolean);
}

/** The French pieces found on the page (none, on a page wholly in English). */
export async function frenchLeftOn(page: Page, pieces: FrenchPieces): Promise<string[]> {
  const texts = await englishPageTexts(page);
  const whole = new Set(texts);
  const all = texts.join("\n");
  return [
    ...pieces.sentences.filter((piece) => all.includes(piece)),
    ...pieces.words.filter((piece) => whole.has(piece)),
  ];
}
