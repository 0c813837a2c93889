// The hostile values of `node scripts/fuzz.mjs`: every family the issue names (which of them a run sends:
// fuzz-draw.mjs).

/**
 * Markers that must never come back unescaped: each holds HTML syntax and a unique `fzN` to find it by. A
 * `javascript:` URL holds no HTML syntax (escaping leaves it as is): it is looked for in attributes instead.
 */
export const MARKERS = [
  '<script>alert("fz1")</script>',
  '"><img src=x onerror=fz2>',
  "'><svg onload=fz3>",
  "</title><script>fz4</script>",
  "</textarea><b>fz5</b>",
  "</script><b>fz6</b>",
  "<a href=javascript:fz7>fz7</a>",
];

/**
 * How a line forged in the server's log starts: the text after the CR LF of a hostile value (the CRLF values
 * below, and those of fuzz-auth.mjs). Escaped, it stays inside the line that quotes it.
 */
export const FORGED_LOG_MARKER = "FZ-FORGED-LOG-LINE";
export const FORGED_LINE_STARTS = [FORGED_LOG_MARKER, "Set-Cookie: fz8"];

const JS_URL = "javascript:alert(3)";

/**
 * `{name, value, lookalike?}`: `lookalike` values could be valid
 * (a number, a well-formed id, a plain word), so that a page may rightly use them. Strings only: what a URL can
 * carry. Lone surrogates and raw control characters are percent-encoded by the sender as UTF-8 (or U+FFFD).
 */
export const STRING_VALUES = [
  { name: "empty", value: "" },
  { name: "blank", value: " \t\n " },
  ...MARKERS.map((marker, index) => ({ name: `html marker ${index + 1}`, value: marker })),
  { name: "javascript: URL", value: JS_URL },
  { name: "javascript: URL, mixed case, spaced", value: " JaVaScRiPt:alert(3)" },
  { name: "javascript: URL with a tab", value: "java\tscript:alert(3)" },
  { name: "data: URL", value: "data:text/html;base64,PHNjcmlwdD5hbGVydCgzKTwvc2NyaXB0Pg==" },
  { name: "protocol-relative URL", value: "//evil.example/fz" },
  { name: "foreign URL", value: "https://evil.example/" },
  { name: "backslash URL", value: "/\\evil.example" },
  { name: "upstream URL", value: "http://127.0.0.1:7000/api/1/me/" },
  { name: "../", value: "../" },
  { name: "../ to the key", value: "../../me/apikey" },
  { name: "..%2f", value: "..%2f..%2fme%2fapikey" },
  { name: "%2e%2e%2f", value: "%2e%2e%2f%2e%2e%2f" },
  { name: "double-encoded ../", value: "%252e%252e%252f" },
  { name: "..\\", value: "..\\..\\windows" },
  { name: "....//", value: "....//....//" },
  { name: "overlong UTF-8 /", value: "..%c0%af..%c0%af" },
  { name: "NUL", value: "\u0000" },
  { name: "NUL inside", value: "fuzz\u0000.json" },
  { name: "%00", value: "%00" },
  { name: "CRLF header injection", value: "fz\r\nSet-Cookie: fz8=1" },
  { name: "encoded CRLF", value: "fz%0d%0aSet-Cookie:%20fz8=1" },
  { name: "right-to-left override", value: "\u202Egnp.exe" },
  { name: "zero-width and BOM", value: "\u200B\uFEFF\u200D" },
  { name: "combining marks", value: "e\u0301\u0301\u0301\u0301\u0301\u0301" },
  { name: "lower-case growing", value: "İİİİ" },
  { name: "ligatures", value: "ﬀﬁﬂ" },
  { name: "emoji family", value: "👩‍👩‍👧‍👦" },
  { name: "lone surrogate", value: "\uD800" },
  { name: "line separators", value: "a\u2028b\u2029c" },
  { name: "fullwidth javascript:", value: "ｊａｖａｓｃｒｉｐｔ：alert(3)" },
  { name: "fullwidth ../", value: "．．／．．／" },
  { name: "template syntax", value: "{{7*7}}${7*7}<%= 7*7 %>" },
  { name: "format string", value: "%s%s%n%x" },
  { name: "quotes", value: "' OR '1'='1\" --" },
  { name: "regexp bomb", value: `${"a".repeat(60)}!(a+)+$` },
  { name: "__proto__", value: "__proto__" },
  { name: "constructor", value: "constructor", lookalike: true },
  { name: "toString", value: "toString" },
  { name: "hasOwnProperty", value: "hasOwnProperty" },
  { name: "-1", value: "-1" },
  { name: "0", value: "0", lookalike: true },
  { name: "1.5", value: "1.5" },
  { name: "1e309", value: "1e309" },
  { name: "NaN", value: "NaN" },
  { name: "Infinity", value: "Infinity" },
  { name: "hex number", value: "0x10" },
  { name: "30 digits", value: "9".repeat(30), lookalike: true },
  { name: "plus sign", value: "+1" },
  { name: "well-formed unknown id", value: "ffffffffffffffffffffffff", lookalike: true },
  { name: "upper-case id", value: "FFFFFFFFFFFFFFFFFFFFFFFF", lookalike: true },
  { name: "23 hex digits", value: "fffffffffffffffffffffff" },
  { name: "long string (10 kB)", value: "fz".repeat(5_000) },
  { name: "long unicode (30 kB)", value: "é🙂".repeat(5_000) },
  { name: "huge string (1 MB)", value: "x".repeat(1_000_000) },
];

const deep = (depth) => JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`);

/**
 * Values a JSON input may carry beyond strings: wrong types, out-of-range numbers, prototype keys (built with
 * JSON.parse, so `__proto__` is an own key, as it is on the wire), deep and wide structures.
 */
export const JSON_VALUES = [
  { name: "null", value: null },
  { name: "true", value: true },
  { name: "false", value: false },
  { name: "0 (number)", value: 0 },
  { name: "-1 (number)", value: -1 },
  { name: "1.5 (number)", value: 1.5 },
  { name: "2^53 + 1", value: 2 ** 53 + 1 },
  { name: "1e308", value: 1e308 },
  { name: "-1e308", value: -1e308 },
  { name: "empty array", value: [] },
  { name: "array of a string", value: ["fuzz"] },
  { name: "10,000 strings", value: Array.from({ length: 10_000 }, (_, i) => `fz${i}`) },
  { name: "nested 2,000 deep", value: deep(2_000) },
  { name: "empty object", value: {} },
  { name: "__proto__ key", value: JSON.parse('{"__proto__": {"polluted": "fz9", "admin": true}}') },
  { name: "constructor.prototype key", value: JSON.parse('{"constructor": {"prototype": {"polluted": "fz9"}}}') },
  { name: "10,000 keys", value: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i])) },
];
