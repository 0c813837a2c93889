import { describe, expect, it } from "vitest";

import { iframeSnippet } from "./iframe-snippet";

describe("iframeSnippet", () => {
  it("is a lazy iframe with a title and a size", () => {
    expect(
      iframeSnippet({ src: "https://site.example/embeds/reuses/carte", title: "Carte", width: 480, height: 400 }),
    ).toBe(
      '<iframe src="https://site.example/embeds/reuses/carte" title="Carte" width="480" height="400" loading="lazy"' +
        ' style="border:0;max-width:100%"></iframe>',
    );
  });

  it("cannot be broken out of by a hostile title", () => {
    const snippet = iframeSnippet({
      src: "https://s/e?a=1&b=2",
      title: '"><script>alert(1)</script>',
      width: 1,
      height: 1,
    });
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(snippet).toContain('src="https://s/e?a=1&amp;b=2"');
    expect(snippet).not.toContain("<script>");
  });
});
