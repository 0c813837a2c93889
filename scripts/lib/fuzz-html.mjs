// Finding `javascript:` URLs where a browser would follow them: in the URL attributes of a document's tags, as
// the browser reads them (entities decoded, tabs and newlines dropped), never in text or in another attribute's
// value (an escaped `&lt;a href=javascript:…&gt;` shown as text is harmless).
const TAG = /<[a-zA-Z][^>]*>/g;
const ATTRIBUTE = /([^\s"'=<>/]+)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)/g;
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset"]);
const NAMED_ENTITIES = { colon: ":", tab: "\t", newline: "\n", amp: "&", quot: '"', apos: "'", lt: "<", gt: ">" };

function decodeEntities(value) {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (entity, body) => {
    if (body[0] !== "#") return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** Whether a tag of `text` (HTML or XML) has a URL attribute holding a `javascript:` URL. */
export function hasJavascriptUrl(text) {
  for (const [tag] of text.matchAll(TAG)) {
    for (const [, name, raw] of tag.matchAll(ATTRIBUTE)) {
      if (!URL_ATTRIBUTES.has(name.toLowerCase())) continue;
      const value = decodeEntities(raw.replace(/^["']|["']$/g, "")).replace(/[\t\n\r]/g, "");
      if (/^[\s\u0000-\u001f]*javascript:/i.test(value)) return true;
    }
  }
  return false;
}
