import { describe, expect, it } from "vitest";

import { parseStrictXml } from "./strict-xml";

describe("parseStrictXml (the tests' XML reader)", () => {
  it("reads the five XML entities", () => {
    expect(JSON.stringify(parseStrictXml("<a>&lt;&amp;&gt;&quot;&apos;</a>"))).toContain(`<&>\\"'`);
  });

  it("refuses any other entity, an Object key included", () => {
    for (const entity of ["&nbsp;", "&constructor;", "&__proto__;", "&toString;"]) {
      expect(() => parseStrictXml(`<a>${entity}</a>`)).toThrow(/bad entity/);
    }
  });
});
