/**
 * An Atom feed written as udata writes it with `feedgenerator`'s `Atom1Feed` (feedgenerator/django/utils/
 * feedgenerator.py): no whitespace between elements, attributes sorted, empty elements self-closed.
 */
export interface AtomEntry {
  title: string;
  link: string;
  id: string;
  published: string;
  updated: string;
  author: { name: string; uri: string } | null;
  summary: string;
  content: string;
}

export interface AtomFeed {
  title: string;
  link: string;
  feedUrl: string;
  /** The latest date of the entries, or now when there are none. */
  updated: string;
  entries: AtomEntry[];
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, "&quot;");

function element(name: string, text: string, attributes: Record<string, string> = {}): string {
  const attrs = Object.keys(attributes)
    .sort()
    .map((key) => ` ${key}="${escapeAttribute(attributes[key] ?? "")}"`)
    .join("");
  return text ? `<${name}${attrs}>${escapeText(text)}</${name}>` : `<${name}${attrs}/>`;
}

function entry(item: AtomEntry): string {
  const author = item.author
    ? `<author>${element("name", item.author.name)}${element("uri", item.author.uri)}</author>`
    : "";
  return (
    "<entry>" +
    element("title", item.title) +
    element("link", "", { href: item.link, rel: "alternate" }) +
    element("published", item.published) +
    element("updated", item.updated) +
    author +
    element("id", item.id) +
    element("summary", item.summary, { type: "html" }) +
    element("content", item.content, { type: "html" }) +
    "</entry>"
  );
}

export function atomFeed(feed: AtomFeed): string {
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    '<feed xmlns="http://www.w3.org/2005/Atom">' +
    element("title", feed.title) +
    element("link", "", { href: feed.link, rel: "alternate" }) +
    element("link", "", { href: feed.feedUrl, rel: "self" }) +
    element("id", feed.link) +
    element("updated", feed.updated) +
    feed.entries.map(entry).join("") +
    "</feed>"
  );
}
