import { EPOCH } from "./dates";
import { escapeXml, textElement, XML_DECLARATION } from "./xml";

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

export interface AtomEntry {
  /** Absolute URL of the entry's page: its permanent id and its link. */
  url: string;
  title: string;
  /** RFC 3339 dates. */
  published: string;
  updated: string;
  /** Who made it, when known. */
  author?: string;
  /** Plain text. */
  summary: string;
}

export interface AtomFeed {
  /** The feed's language (its xml:lang): that of its title, subtitle and links. */
  lang: string;
  /** The language the entries' titles and summaries are written in, when it is not the feed's. */
  entriesLang: string;
  /** Absolute URL of the feed itself (its id and its rel=self link). */
  selfUrl: string;
  /** Absolute URL of the HTML page the feed follows. */
  alternateUrl: string;
  title: string;
  subtitle: string;
  /** Author of the feed, and of the entries that name none. */
  author: string;
  entries: readonly AtomEntry[];
}

function link(rel: string, type: string, href: string): string {
  return `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;
}

function entryXml(entry: AtomEntry, lang: string): string {
  return [
    "<entry>",
    textElement("id", entry.url),
    `<title type="text"${lang}>${escapeXml(entry.title)}</title>`,
    link("alternate", "text/html", entry.url),
    textElement("published", entry.published),
    textElement("updated", entry.updated),
    entry.author === undefined ? "" : `<author>${textElement("name", entry.author)}</author>`,
    `<summary type="text"${lang}>${escapeXml(entry.summary)}</summary>`,
    "</entry>",
  ].join("");
}

/** An Atom 1.0 document (RFC 4287), updated when its newest entry was (an empty feed: at the epoch). */
export function buildAtomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((newest, entry) => (entry.updated > newest ? entry.updated : newest), EPOCH);
  // The entries' text says its own language only where it differs from the feed's (RFC 4287, 2: xml:lang).
  const entriesLang = feed.entriesLang === feed.lang ? "" : ` xml:lang="${escapeXml(feed.entriesLang)}"`;
  return [
    XML_DECLARATION,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    textElement("id", feed.selfUrl),
    `<title type="text">${escapeXml(feed.title)}</title>`,
    `<subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`,
    textElement("updated", updated),
    `<author>${textElement("name", feed.author)}</author>`,
    link("self", "application/atom+xml", feed.selfUrl),
    link("alternate", "text/html", feed.alternateUrl),
    ...feed.entries.map((entry) => entryXml(entry, entriesLang)),
    "</feed>",
    "",
  ].join("\n");
}
