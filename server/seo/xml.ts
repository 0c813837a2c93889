/**
 * What every XML document of the site (sitemaps, the Atom feed) is made of. Text from upstream is hostile: it
 * may hold markup, entities or characters that XML 1.0 forbids, any of which would break the whole document.
 */

/** Characters XML 1.0 does not allow anywhere: C0 controls but tab and newlines, lone surrogates, U+FFFE/F. */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** `text` safe in XML text and in attribute values (either quote). */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, "").replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** `<name>text</name>`, escaped; nothing when there is no text. */
export function textElement(name: string, text: string | undefined): string {
  return text === undefined ? "" : `<${name}>${escapeXml(text)}</${name}>`;
}
