import { describe, expect, it } from "vitest";

import { renderMarkdown } from "./render";

/** Every tag the renderer may write, and every attribute. */
const ALLOWED_TAGS = new Set(
  "p br strong em s del sup sub code pre blockquote ul ol li h3 h4 h5 h6 hr a span table thead tbody tr th td".split(
    " ",
  ),
);
const ALLOWED_ATTRIBUTES = new Set(["href", "rel", "class", "start"]);

/** The tags of an HTML fragment with their attributes (the renderer quotes every value with ", closes void tags with />). */
function tagsOf(html: string) {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)((?:\s+[^\s=>/][^\s=>]*(?:="[^"]*")?)*)\s*\/?>/g)].map(
    ([, name, rest]) => ({
      name: (name ?? "").toLowerCase(),
      attributes: [...(rest ?? "").matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map(([, attribute, value]) => ({
        name: (attribute ?? "").toLowerCase(),
        value: value ?? "",
      })),
    }),
  );
}

/** The HTML is inert: known tags and attributes only, links to http(s) or mailto only, no raw `<` left as markup. */
function expectInert(html: string) {
  const tags = tagsOf(html);
  // Every `<` of the output starts one of the tags read above: nothing else could be markup.
  expect(html.split("<").length - 1).toBe(tags.length);
  for (const tag of tags) {
    expect(ALLOWED_TAGS, `<${tag.name}>`).toContain(tag.name);
    for (const attribute of tag.attributes) {
      expect(ALLOWED_ATTRIBUTES, `${tag.name}[${attribute.name}]`).toContain(attribute.name);
      if (attribute.name === "href") expect(attribute.value).toMatch(/^(https?:\/\/[^/]|mailto:)/);
    }
    if (tag.name === "a" && tag.attributes.length > 0) {
      expect(tag.attributes.find((attribute) => attribute.name === "rel")?.value).toBe("nofollow ugc noopener");
    }
  }
}

const HOSTILE = {
  "a script element": "Bonjour <script>alert(1)</script>",
  "an image with a handler": '<img src=x onerror="alert(1)">',
  "raw HTML blocks": '<div onclick="alert(1)"><iframe src="https://evil.example"></iframe></div>\n\n<style>*{}</style>',
  "a javascript: link": "[clic](javascript:alert(1))",
  "a mixed-case javascript: link": "[clic](JaVaScRiPt:alert(1))",
  "an entity-encoded javascript: link": "[clic](&#106;avascript:alert(1))",
  "a javascript: link split by a newline": "[clic](<java\nscript:alert(1)>)",
  "a javascript: link split by a tab": "[clic](java\tscript:alert(1))",
  "a percent-encoded javascript: link": "[clic](%6Aavascript:alert(1))",
  "a javascript: autolink": "<javascript:alert(1)>",
  "a javascript: reference": "[clic][x]\n\n[x]: javascript:alert(1)",
  "a vbscript: link": "[clic](vbscript:msgbox(1))",
  "a data: link": "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "a data: image": "![pixel](data:image/png;base64,iVBORw0KGgo=)",
  "a protocol-relative link": "[clic](//evil.example/x)",
  "a backslash trick": "[clic](/\\evil.example)",
  "a relative link": "[clic](/dashboard)",
  "an empty link": "[clic]()",
  "HTML in link text": '[<img src=x onerror=alert(1)>](https://example.org "<b>t</b>")',
  "a quote breaking out of href": '[clic](https://example.org/"onmouseover="alert(1))',
  "an attribute-looking title": '[clic](https://example.org "x\\" onmouseover=\\"alert(1)")',
  "an aligned table": "| a | b |\n|:-:|--:|\n| 1 | 2 |",
  "an HTML javascript: link": '<a href="javascript:alert(1)" onclick="alert(1)">clic</a>',
  "an HTML entity-encoded javascript: link": '<a href="&#106;avascript:alert(1)">clic</a>',
  "an HTML data: link": '<a href="data:text/html;base64,PHNjcmlwdD4=">clic</a>',
  "an HTML link with a target": '<a href="https://example.org" target="_blank" rel="opener">clic</a>',
  "a style attribute and a class": '<strong style="color:red" class="fixed inset-0">gras</strong>',
  "an svg with a script": '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg>',
  "a form": '<form action="https://evil.example"><input name="mot"><button>Envoyer</button></form>',
  "an object and an embed": '<object data="x.swf"></object><embed src="x.swf">',
  "a meta refresh and a base":
    '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example">',
  "an unclosed tag": "<strong>gras <em>et penché",
} as const;

describe("renderMarkdown with hostile input", () => {
  it.each(Object.entries(HOSTILE))("renders %s inert", (_name, source) => {
    expectInert(renderMarkdown(source));
  });

  it("drops scripts, styles, iframes and forms, with the text of scripts and styles", () => {
    const html = renderMarkdown(
      'Bonjour <script>alert("x")</script><style>*{display:none}</style>' +
        '<iframe src="https://evil.example"></iframe><form><input value="v"><textarea>t</textarea></form> !',
    );
    expectInert(html);
    expect(html).toContain("Bonjour");
    expect(html).not.toMatch(/script|alert|style|display|iframe|evil|form|input|textarea|>t</);
  });

  it("drops event handlers, styles and ids from allowed tags", () => {
    expect(renderMarkdown('<strong onclick="alert(1)" style="color:red" id="x" class="y">gras</strong>')).toBe(
      "<p><strong>gras</strong></p>\n",
    );
    expect(renderMarkdown("<img src=x onerror=alert(1)>")).toBe("");
  });

  it("turns HTML links to refused URLs into their text, and keeps allowed ones with the outbound rel only", () => {
    for (const href of [
      "javascript:alert(1)",
      "&#106;avascript:alert(1)",
      "data:text/html,x",
      "//evil.example",
      "/x",
    ]) {
      expect(renderMarkdown(`<a href="${href}">clic</a>`)).toBe("<p><span>clic</span></p>\n");
    }
    expect(renderMarkdown('<a href="https://example.org/a" target="_blank" rel="opener" title="t">clic</a>')).toBe(
      '<p><a href="https://example.org/a" rel="nofollow ugc noopener">clic</a></p>\n',
    );
  });

  it("leaves refused links as their text, with no href", () => {
    for (const source of [
      "[clic](javascript:alert(1))",
      "[clic](&#106;avascript:alert(1))",
      "[clic](//evil.example)",
    ]) {
      const html = renderMarkdown(source);
      expect(html).not.toContain("<a");
      expect(html).toContain("clic");
    }
    expect(renderMarkdown("[clic]()")).toBe("<p><span>clic</span></p>\n");
  });

  it("sanitizes HTML in link text like the rest and drops link titles", () => {
    expect(renderMarkdown('[<b>gras</b><img src=x onerror=alert(1)>](https://example.org "<i>t</i>")')).toBe(
      '<p><a href="https://example.org" rel="nofollow ugc noopener"><strong>gras</strong></a></p>\n',
    );
  });
});

describe("renderMarkdown", () => {
  it("links http, https and mailto URLs with rel=nofollow ugc noopener and no target", () => {
    const html = renderMarkdown(
      "[site](https://example.org/a?b=1&c=2) <http://example.org> www.example.org contact@example.org",
    );
    expect(html).toBe(
      '<p><a href="https://example.org/a?b=1&amp;c=2" rel="nofollow ugc noopener">site</a> ' +
        '<a href="http://example.org" rel="nofollow ugc noopener">http://example.org</a> ' +
        '<a href="http://www.example.org" rel="nofollow ugc noopener">www.example.org</a> ' +
        '<a href="mailto:contact@example.org" rel="nofollow ugc noopener">contact@example.org</a></p>\n',
    );
    expectInert(html);
  });

  it("renders images as links to them, never as <img>", () => {
    expect(renderMarkdown("![Carte des gares](https://example.org/carte.png)")).toBe(
      '<p><a href="https://example.org/carte.png" rel="nofollow ugc noopener">Image : Carte des gares</a></p>\n',
    );
    expect(renderMarkdown("![](https://example.org/a.png)")).toContain(">Image : sans description</a>");
  });

  it("shifts headings so that the highest is an h3, keeping their order", () => {
    expect(renderMarkdown("# Un\n\n## Deux\n\n### Trois\n\n###### Six")).toBe(
      "<h3>Un</h3>\n<h4>Deux</h4>\n<h5>Trois</h5>\n<h6>Six</h6>\n",
    );
    expect(renderMarkdown("## Deux\n\n### Trois")).toBe("<h3>Deux</h3>\n<h4>Trois</h4>\n");
    expect(renderMarkdown("#### Quatre")).toBe("<h3>Quatre</h3>\n");
  });

  it("turns table alignment into classes instead of style attributes", () => {
    const html = renderMarkdown("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |");
    expect(html).toContain('<th class="text-left">a</th>');
    expect(html).toContain('<td class="text-center">2</td>');
    expect(html).toContain('<td class="text-right">3</td>');
    expect(html).not.toContain("style=");
  });

  it("keeps single line breaks, as people type them in a text box", () => {
    expect(renderMarkdown("ligne 1\nligne 2")).toBe("<p>ligne 1<br />\nligne 2</p>\n");
  });

  it("renders the HTML data.gouv.fr descriptions hold: breaks, bold, italics, lists, links", () => {
    expect(
      renderMarkdown(
        "Une <strong>carte</strong> <b>interactive</b>,<br>en <em>temps</em> <i>réel</i>.\n\n" +
          '<ul>\n<li>un</li>\n<li><a href="https://example.org">deux</a></li>\n</ul>',
      ),
    ).toBe(
      "<p>Une <strong>carte</strong> <strong>interactive</strong>,<br />en <em>temps</em> <em>réel</em>.</p>\n" +
        '<ul>\n<li>un</li>\n<li><a href="https://example.org" rel="nofollow ugc noopener">deux</a></li>\n</ul>',
    );
  });

  it("drops links left without words, whose image was all they held", () => {
    expect(
      renderMarkdown(
        '[<img src="https://example.org/logo.png">](https://example.org) et <a href="https://example.org"></a>',
      ),
    ).toBe("<p> et </p>\n");
  });

  it("makes HTML headings h3 at most, below the page's own", () => {
    expect(renderMarkdown("<h1>Un</h1>\n<h2>Deux</h2>\n<h4>Quatre</h4>")).toBe(
      "<h3>Un</h3>\n<h3>Deux</h3>\n<h4>Quatre</h4>",
    );
  });

  it("renders a very long description quickly", () => {
    const paragraph = "Une **phrase** avec [un lien](https://example.org) et du `code`. ".repeat(20);
    const source = Array.from({ length: 40 }, (_, index) => `## Partie ${index}\n\n${paragraph}\n\n- a\n- b`).join(
      "\n\n",
    );
    expect(source.length).toBeGreaterThan(50_000);
    const started = performance.now();
    const html = renderMarkdown(source);
    expect(performance.now() - started).toBeLessThan(500);
    expect(html.match(/<h3>/g)).toHaveLength(40);
  });
});
