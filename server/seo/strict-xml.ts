/**
 * A strict reader of the small XML documents the site writes, for tests (no XML parser is installed, and the
 * point is to prove that what we write parses): elements, attributes, text and the five entities; anything else,
 * or anything malformed, throws.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded. */
  text: string;
}

// A Map, not an object: `&constructor;` must be a bad entity, not Object's constructor.
const ENTITIES: ReadonlyMap<string, string> = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);
const NAME = "[A-Za-z_][\\w.:-]*";
const TOKEN = new RegExp(
  `<\\?xml[^?]*\\?>|<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>|[^<]+|<`,
  "g",
);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "g");
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function decode(raw: string): string {
  if (FORBIDDEN.test(raw)) throw new Error(`character not allowed in XML in ${JSON.stringify(raw)}`);
  return raw.replace(/&([^;]*);|&/g, (match, entity: string | undefined) => {
    const value = entity === undefined ? undefined : ENTITIES.get(entity);
    if (value === undefined) throw new Error(`bad entity or bare & in ${JSON.stringify(raw)}`);
    return value;
  });
}

export function parseStrictXml(xml: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  for (const [token, closing, name, attributes = "", selfClosing] of xml.matchAll(TOKEN)) {
    if (token.startsWith("<?xml")) continue;
    const parent = stack.at(-1);
    if (name === undefined) {
      if (token === "<") throw new Error("bare < in text");
      if (parent) parent.text += decode(token);
      else if (token.trim() !== "") throw new Error(`text outside the root element: ${JSON.stringify(token)}`);
      continue;
    }
    if (closing) {
      if (stack.pop()?.name !== name) throw new Error(`</${name}> closes nothing open`);
      continue;
    }
    if (!parent && root) throw new Error(`second root element <${name}>`);
    const element: XmlElement = { name, attributes: {}, children: [], text: "" };
    for (const [, key = "", double, single] of attributes.matchAll(ATTRIBUTE)) {
      element.attributes[key] = decode(double ?? single ?? "");
    }
    if (parent) parent.children.push(element);
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (!root || stack.length > 0) throw new Error(`unclosed <${stack.at(-1)?.name ?? "root"}>`);
  return root;
}

/** The children of `element` named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}
