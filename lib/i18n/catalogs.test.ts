import { readFileSync } from "node:fs";
import path from "node:path";

import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { describe, expect, expectTypeOf, it } from "vitest";

import { catalogOf } from "./catalogs";
import { DEFAULT_LOCALE, type Locale, LOCALES } from "./locales";

const catalogFile = (locale: Locale) => path.resolve(import.meta.dirname, "../../messages", `${locale}.json`);
const TRANSLATIONS = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

/**
 * Words written the same in French and English: an English message made only of them may equal its French one.
 * Any other English message identical to the French is taken for one left untranslated.
 */
const SAME_IN_BOTH_LANGUAGES = [
  // Labels: the section, the field, the nav entry.
  "administration",
  "audience",
  "badges",
  "description",
  "image",
  "menu",
  "type",
  "zoom",
  // Discussions and their messages, counted.
  "discussion",
  "discussions",
  "message",
  "messages",
  // "Page 2", the pagination's landmark.
  "page",
  "pagination",
];

/** French names an English message may quote as they are (the licence of data.gouv.fr's data). */
const PROPER_NOUNS = ["Licence Ouverte"];

/** What gives away a French message in English: accents, guillemets, a space before ?!:; and common small words. */
const FRENCH_TRACES = [
  /[«»àâçéèêëîïôûùüœÀÂÇÉÈÊËÎÏÔÛÙÜŒ]/,
  /[\u00a0\u202f]|\s[?!:;]/,
  /\b(?:les|des|une|est|pour|avec|dans|sur|votre|vous|pas|aucune?|ouverte)\b/i,
];

type Catalog = Record<string, unknown>;

/** Every message of a catalog as [dotted key, value]; a value that is neither text nor a namespace is reported. */
function entries(node: unknown, prefix = ""): [string, unknown][] {
  if (typeof node !== "object" || node === null) return [[prefix, node]];
  return Object.entries(node).flatMap(([key, value]) => entries(value, prefix ? `${prefix}.${key}` : key));
}

/** The texts of a catalog by dotted key (a value that is not text counts as empty). */
function messages(catalog: Catalog): Map<string, string> {
  return new Map(entries(catalog).map(([key, value]) => [key, typeof value === "string" ? value : ""]));
}

/** The keys written twice in one object of the JSON text (JSON.parse silently keeps the last one). */
function duplicateKeys(text: string): string[] {
  const duplicates: string[] = [];
  const scopes: Set<string>[] = [];
  const token = /"((?:[^"\\]|\\.)*)"\s*(:)?|[{}]/g;
  for (const match of text.matchAll(token)) {
    if (match[0] === "{") scopes.push(new Set());
    else if (match[0] === "}") scopes.pop();
    else if (match[2]) {
      const scope = scopes.at(-1);
      const key = match[1] ?? "";
      if (scope?.has(key)) duplicates.push(key);
      scope?.add(key);
    }
  }
  return duplicates;
}

/** The keys a catalog lacks, and those it has that the reference has not. */
function keyDifferences(reference: Catalog, catalog: Catalog) {
  const expected = new Set(messages(reference).keys());
  const actual = new Set(messages(catalog).keys());
  return {
    missing: [...expected].filter((key) => !actual.has(key)),
    extra: [...actual].filter((key) => !expected.has(key)),
  };
}

function emptyMessages(catalog: Catalog): string[] {
  return entries(catalog)
    .filter(([, value]) => typeof value !== "string" || value.trim() === "")
    .map(([key]) => key);
}

/** The messages that are not valid ICU MessageFormat, with the parser's error. */
function unparsable(catalog: Catalog): string[] {
  return [...messages(catalog)].flatMap(([key, value]) => {
    try {
      parse(value);
      return [];
    } catch (error) {
      return [`${key}: ${String(error)}`];
    }
  });
}

/**
 * What a translation must keep of a message, sorted: its arguments (with their format), its plural and select
 * arguments with their select cases and exact plural cases (=0…), its tags, its `#` in a plural and the `#` a
 * plain text keeps for the code to replace (see components/i18n/island-text.tsx). Plural categories (one, few…)
 * are the language's own, checked by `foreignPluralCategories`.
 */
function shapeOf(message: string): string[] {
  const parts = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.pound) parts.add("#");
      else if (element.type === TYPE.literal && element.value.includes("#")) parts.add("# (replaced by the code)");
      else if (element.type === TYPE.tag) {
        parts.add(`<${element.value}>`);
        visit(element.children);
      } else if (element.type === TYPE.plural || element.type === TYPE.select) {
        const cases = Object.keys(element.options).filter(
          (name) => element.type === TYPE.select || name.startsWith("="),
        );
        parts.add(`{${element.value}, ${TYPE[element.type]} ${cases.sort().join(" ")}}`);
        Object.values(element.options).forEach((option) => visit(option.value));
      } else if (element.type !== TYPE.literal) parts.add(`{${element.value}, ${TYPE[element.type]}}`);
    }
  };
  visit(parse(message));
  return [...parts].sort();
}

function shapeOrError(message: string): string[] {
  try {
    return shapeOf(message);
  } catch {
    return ["(unparsable)"];
  }
}

/** The messages whose arguments, plurals, selects or tags differ from the reference's: key, reference, theirs. */
function shapeMismatches(reference: Catalog, catalog: Catalog): string[] {
  const theirs = messages(catalog);
  return [...messages(reference)].flatMap(([key, value]) => {
    const expected = shapeOrError(value).join(" ");
    const actual = shapeOrError(theirs.get(key) ?? "").join(" ");
    return expected === actual ? [] : [`${key}: ${expected} ≠ ${actual}`];
  });
}

/** The plural cases a locale's rules never select (e.g. "few" in English; the parser itself requires "other"). */
function foreignPluralCategories(catalog: Catalog, locale: string): string[] {
  const known = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
  const bad: string[] = [];
  const visit = (key: string, elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.tag) visit(key, element.children);
      if (element.type !== TYPE.plural && element.type !== TYPE.select) continue;
      if (element.type === TYPE.plural) {
        const cases = Object.keys(element.options).filter((name) => !name.startsWith("=") && !known.has(name));
        bad.push(...cases.map((name) => `${key}: ${name}`));
      }
      Object.values(element.options).forEach((option) => visit(key, option.value));
    }
  };
  for (const [key, value] of messages(catalog)) visit(key, parse(value));
  return bad;
}

/** The messages identical to the French one, unless made only of words both languages write alike. */
function untranslated(reference: Catalog, catalog: Catalog): string[] {
  const theirs = messages(catalog);
  const alike = new Set(SAME_IN_BOTH_LANGUAGES);
  return [...messages(reference)]
    .filter(([key, value]) => theirs.get(key) === value)
    .filter(([, value]) => {
      const words =
        literalText(parse(value))
          .toLowerCase()
          .match(/\p{L}+/gu) ?? [];
      return words.some((word) => !alike.has(word));
    })
    .map(([key, value]) => `${key}: ${value}`);
}

/** The words a reader sees in a message, without its argument and tag names. */
function literalText(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if (element.type === TYPE.tag) return literalText(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        return Object.values(element.options)
          .map((option) => literalText(option.value))
          .join(" ");
      }
      return " ";
    })
    .join("");
}

/** The English messages that still look French (see FRENCH_TRACES), proper nouns set aside. */
function frenchTraces(catalog: Catalog, properNouns = PROPER_NOUNS): string[] {
  return [...messages(catalog)]
    .filter(([, value]) => {
      const text = properNouns.reduce((rest, noun) => rest.replaceAll(noun, ""), value);
      return FRENCH_TRACES.some((trace) => trace.test(text));
    })
    .map(([key, value]) => `${key}: ${value}`);
}

const reference = catalogOf(DEFAULT_LOCALE);

describe.each(LOCALES)("the %s catalog", (locale) => {
  const catalog = catalogOf(locale);

  it("has exactly the keys of the French catalog", () => {
    expect(keyDifferences(reference, catalog)).toEqual({ missing: [], extra: [] });
  });

  it("has a non-empty text for every key", () => {
    expect(emptyMessages(catalog)).toEqual([]);
  });

  it("writes no key twice in one namespace", () => {
    expect(duplicateKeys(readFileSync(catalogFile(locale), "utf8"))).toEqual([]);
  });

  it("is valid ICU MessageFormat throughout", () => {
    expect(unparsable(catalog)).toEqual([]);
  });

  it("keeps the arguments, plurals, selects and tags of every French message", () => {
    expect(shapeMismatches(reference, catalog)).toEqual([]);
  });

  it("uses only the plural categories of its language", () => {
    expect(foreignPluralCategories(catalog, locale)).toEqual([]);
  });
});

describe.each(TRANSLATIONS)("the %s translation", (locale) => {
  it("translates every message (none left as the French one)", () => {
    expect(untranslated(reference, catalogOf(locale))).toEqual([]);
  });
});

describe("the English catalog", () => {
  it("has no French characters, spacing or words left", () => {
    expect(frenchTraces(catalogOf("en"))).toEqual([]);
  });
});

it("lists every catalog in LOCALES, the default first", () => {
  expectTypeOf<(typeof LOCALES)[number]>().toEqualTypeOf<Locale>();
  expect(LOCALES[0]).toBe(DEFAULT_LOCALE);
});

describe("the checks, on bad catalogs", () => {
  const french = {
    a: { greeting: "Bonjour {name} !", count: "{count, plural, =0 {Aucun} one {# abonné} other {# abonnés}}" },
    link: "Voir <link>la page</link>",
    label: "Description",
    state: "{state, select, done {fait} other {à venir}}",
  };

  it("finds a missing and an extra key", () => {
    const bad = { a: { greeting: "Hello {name}!", extra: "x" }, link: "x", label: "x", state: "x" };
    expect(keyDifferences(french, bad)).toEqual({ missing: ["a.count"], extra: ["a.extra"] });
  });

  it("finds an empty text and a value that is not text", () => {
    expect(emptyMessages({ a: { b: " " }, c: 3, d: "ok" })).toEqual(["a.b", "c"]);
  });

  it("finds a key written twice", () => {
    expect(duplicateKeys('{"a": {"b": "x", "b": "y"}, "c": {"b": "{z}"}}')).toEqual(["b"]);
  });

  it("finds a message that does not parse", () => {
    const catalog = {
      ok: "{n, plural, one {#} other {#}}",
      open: "Hello {name",
      tag: "<b>bold</i>",
      other: "{n, plural, one {#}}",
    };
    expect(unparsable(catalog).map((line) => line.split(":")[0])).toEqual(["open", "tag", "other"]);
  });

  it("finds a renamed argument, a lost =0 case, a lost tag, a changed select, a message that does not parse", () => {
    const bad = {
      a: { greeting: "Hello {nom}!", count: "{count, plural, one {# follower} other {# followers}}" },
      link: "See the page",
      label: "Description",
      state: "{state, select, finished {done} other {to come}}",
    };
    expect(shapeMismatches(french, bad).map((line) => line.split(":")[0])).toEqual([
      "a.greeting",
      "a.count",
      "link",
      "state",
    ]);
    expect(shapeMismatches(french, { ...bad, a: { ...bad.a, greeting: "Hello {name" } })[0]).toContain("(unparsable)");
  });

  it("finds a lost `#` that the code replaces in a plain text", () => {
    expect(shapeMismatches({ countOne: "# abonné" }, { countOne: "one follower" })).toHaveLength(1);
    expect(shapeMismatches({ countOne: "# abonné" }, { countOne: "# follower" })).toEqual([]);
  });

  it("takes a different wording with the same arguments as the same shape", () => {
    const good = {
      a: { greeting: "Hi, {name}!", count: "{count, plural, =0 {None} one {# follower} other {# followers}}" },
      link: "See <link>the page</link>",
      label: "Description",
      state: "{state, select, done {done} other {to come}}",
    };
    expect(shapeMismatches(french, good)).toEqual([]);
  });

  it("finds a plural category English does not have, even in a select", () => {
    const bad = {
      a: "{n, plural, one {#} few {#} other {#}}",
      b: "{s, select, x {{n, plural, many {#} other {#}}} other {}}",
    };
    expect(foreignPluralCategories(bad, "en")).toEqual(["a: few", "b: many"]);
    expect(foreignPluralCategories(bad, "pl")).toEqual([]);
  });

  it("finds a message left in French, but not one made of words both languages share", () => {
    const english = {
      a: { greeting: "Bonjour {name} !", count: "{count, plural, =0 {None} one {# follower} other {# followers}}" },
      link: "See <link>the page</link>",
      label: "Description",
      state: "{state, select, done {fait} other {à venir}}",
    };
    expect(untranslated(french, english)).toEqual(["a.greeting: Bonjour {name} !", expect.stringMatching(/^state: /)]);
  });

  it("finds accents, guillemets, French spacing and French words in English, but not in a proper noun", () => {
    const english = {
      accent: "Réutilisations",
      quotes: "« {title} »",
      spacing: "Sure ?",
      word: "See les datasets",
      fine: "Data under the Licence Ouverte / Etalab 2.0: “{title}”?",
      noun: "Open data from Île-de-France",
    };
    expect(frenchTraces(english).map((line) => line.split(":")[0])).toEqual([
      "accent",
      "quotes",
      "spacing",
      "word",
      "noun",
    ]);
    expect(frenchTraces({ noun: english.noun }, ["Île-de-France"])).toEqual([]);
  });
});
