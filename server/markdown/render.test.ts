import { describe, expect, it } from "vitest";

import { renderMarkdown } from "./render";

/** Every tag the renderer may write, and every attribute. */
const ALLOWED_TAGS = new Set(
  "p br strong em s code pre blockquote ul ol li h3 h4 h5 h6 hr a span table thead tbody tr th td".split(" "),
);
const ALLOWED_ATTRIBUTES = new Set(["href", "rel", "class", "start"]);

/** The tags of an HTML fragment with their attributes (the renderer quotes every value with "). */
function tagsOf(html: string) {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)].map(([, name, rest]) => ({
    name: (name ?? "").toLowerCase(),
    attributes: [...(rest ?? "").matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map(([, attribute, value]) => ({
      name: (attribute ?? "").toLowerCase(),
      value: value ?? "",
    })),
  }));
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
} as const;

describe("renderMarkdown with hostile input", () => {
  it.each(Object.entries(HOSTILE))("renders %s inert", (_name, source) => {
    expectInert(renderMarkdown(source));
  });

  it("shows raw HTML as text", () => {
    expect(renderMarkdown('<script>alert("x")</script>')).toBe(
      "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>\n",
    );
    expect(renderMarkdown("<img src=x onerror=alert(1)>")).toBe("<p>&lt;img src=x onerror=alert(1)&gt;</p>\n");
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

  it("escapes HTML in link text and titles", () => {
    expect(renderMarkdown('[<b>gras</b>](https://example.org "<i>t</i>")')).toBe(
      '<p><a href="https://example.org" rel="nofollow ugc noopener">&lt;b&gt;gras&lt;/b&gt;</a></p>\n',
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
    expect(renderMarkdown("ligne 1\nligne 2")).toBe("<p>ligne 1<br>\nligne 2</p>\n");
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
