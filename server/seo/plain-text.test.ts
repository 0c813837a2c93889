import { describe, expect, it } from "vitest";

import { markdownToPlainText, plainTextExcerpt } from "./plain-text";

// The text of the `description` meta, og:description, the feed's summaries and the JSON-LD: words only.
describe("markdownToPlainText", () => {
  it("keeps the words of the HTML a description holds, without its tags, its scripts or its styles", () => {
    const source =
      "Une <strong>carte</strong>,<br>en <em>temps</em> **réel** &amp; _libre_.\n\n<ul><li>un</li><li>deux</li></ul>\n\n" +
      '<a href="https://x.fr" onclick="alert(1)">lien</a> <script>alert("x")</script><style>p{}</style>' +
      "<iframe>cadre</iframe> 2 &lt; 3\n\n<p>fin</p>";
    expect(markdownToPlainText(source)).toBe("Une carte, en temps réel & libre. un deux lien 2 < 3 fin");
  });

  it("leaves no tag and no markdown mark in an excerpt", () => {
    const excerpt = plainTextExcerpt(
      "## Titre\n\nUn <b>texte</b> <img src=x onerror=alert(1)> *long* et `court`\n\n<p>fin</p>",
      160,
    );
    expect(excerpt).toBe("Titre Un texte long et court fin");
  });
});
