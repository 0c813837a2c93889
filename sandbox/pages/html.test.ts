import { describe, expect, it } from "vitest";
import { SafeHtml, html } from "./html";

describe("html", () => {
  it("escapes every interpolated string, in text and in attributes", () => {
    const title = `<script>alert("x")</script> & 'co'`;
    expect(html`<a title="${title}">${title}</a>`.text).toBe(
      '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;">' +
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</a>",
    );
  });

  it("keeps nested templates and lists as HTML, and drops null and undefined", () => {
    const items = ["a<b", "c"].map((item) => html`<li>${item}</li>`);
    const list = html`<ul>
      ${items}
    </ul>`;
    expect(list.text.replace(/>\s+</g, "><")).toBe("<ul><li>a&lt;b</li><li>c</li></ul>");
    expect(html`${null}${undefined}${3}`.text).toBe("3");
    expect(html`${new SafeHtml("<br>")}`.text).toBe("<br>");
  });
});
