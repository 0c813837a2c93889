import { describe, expect, it } from "vitest";

import { w3cDateTime } from "./dates";
import { parseStrictXml } from "./strict-xml";
import { escapeXml, textElement } from "./xml";

describe("escapeXml", () => {
  it("escapes markup, entities and both quotes", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;",
    );
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });

  it("drops the characters XML 1.0 forbids, keeps tabs, newlines and astral characters", () => {
    expect(escapeXml("a\u0000b\u0008c\u001Fd\uFFFEe")).toBe("abcde");
    expect(escapeXml("\uD800lone \uDC00halves")).toBe("lone halves");
    expect(escapeXml("tab\there\nnew line, emoji 🗺️, accents éàç")).toBe("tab\there\nnew line, emoji 🗺️, accents éàç");
  });

  it("gives text that parses back to itself", () => {
    const hostile = `</loc><script>alert("x")</script>&lt; ]]> & ' "`;
    expect(parseStrictXml(`<t>${escapeXml(hostile)}</t>`).text).toBe(hostile);
    expect(parseStrictXml(`<t a="${escapeXml(hostile)}"/>`).attributes.a).toBe(hostile);
  });
});

describe("textElement", () => {
  it("writes an escaped element, or nothing without text", () => {
    expect(textElement("loc", "https://x.fr/?a=1&b=2")).toBe("<loc>https://x.fr/?a=1&amp;b=2</loc>");
    expect(textElement("lastmod", undefined)).toBe("");
  });
});

describe("w3cDateTime", () => {
  it.each([
    ["2023-08-13T15:25:54.134000+00:00", "2023-08-13T15:25:54.134Z"],
    ["2023-08-13T17:25:54+02:00", "2023-08-13T15:25:54.000Z"],
    // udata writes some dates without an offset: they are UTC, whatever the server's time zone.
    ["2023-08-13T15:25:54.134000", "2023-08-13T15:25:54.134Z"],
    ["2023-08-13", "2023-08-13T00:00:00.000Z"],
  ])("reads %s as %s", (udata, expected) => {
    expect(w3cDateTime(udata)).toBe(expected);
  });

  it.each(["", "soon", null, undefined])("gives nothing for %s", (value) => {
    expect(w3cDateTime(value)).toBeUndefined();
  });
});

describe("parseStrictXml (the tests' own reader)", () => {
  it.each(["<a><b></a>", "<a>x & y</a>", "<a>1 < 2</a>", "<a/><b/>", "<a>&nbsp;</a>", "<a>\u0001</a>", "<a"])(
    "refuses %j",
    (xml) => {
      expect(() => parseStrictXml(xml)).toThrow();
    },
  );
});
