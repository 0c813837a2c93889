// Which hostile values a run of `node scripts/fuzz.mjs` sends where. The short run (`--quick`) sends a fixed list,
// most telling first. The full run adds strings made by a seeded generator, and sends every value where all are
// wanted, else the short run's values and a seeded draw of the others, a different draw for each field or
// parameter (all of them over the run): the same seed, the same run, so a failure reproduces.
import { JSON_VALUES, STRING_VALUES } from "./fuzz-values.mjs";
import { seededRandom } from "./seeded-random.mjs";

/** The short run's values, most telling first. */
const QUICK = [
  "html marker 1",
  "../ to the key",
  "NUL",
  "null",
  "-1",
  "html marker 2",
  "javascript: URL",
  "__proto__ key",
  "emoji family",
  "long string (10 kB)",
  "1e308",
  "empty",
];

/** Pieces random strings are made of: each is hostile somewhere. */
const PIECES = ["<", ">", '"', "'", "&", "/", "\\", "..", "%", "%00", "\u0000", "\n", "é", "\u202E", "🙂", "{", "$"];
const MORE_PIECES = ["__proto__", "javascript:", "fz"];
const RANDOM_STRINGS = 30;

function randomStrings(random) {
  const pieces = [...PIECES, ...MORE_PIECES];
  return Array.from({ length: RANDOM_STRINGS }, (_, index) => {
    const length = 1 + Math.floor(random() * 40);
    const value = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join("");
    return { name: `random #${index + 1}`, value };
  });
}

function quickOnes(values) {
  return QUICK.flatMap((name) => values.filter((value) => value.name === name));
}

/**
 * `{strings(count), json(count)}`: `count` values (default all) to send somewhere, strings only (what a URL
 * carries) or any JSON value. `count` is `{quick, full}`: how many in each kind of run.
 */
export function valueDraw({ quick, seed }) {
  const random = seededRandom(seed);
  const strings = quick ? quickOnes(STRING_VALUES) : [...STRING_VALUES, ...randomStrings(random)];
  const json = quick ? quickOnes([...STRING_VALUES, ...JSON_VALUES]) : [...strings, ...JSON_VALUES];
  const draw = (values, count = { quick: Infinity, full: Infinity }) => {
    const wanted = quick ? count.quick : count.full;
    if (quick || wanted >= values.length) return values.slice(0, wanted);
    const core = quickOnes(values).slice(0, wanted);
    const rest = values.filter((value) => !core.includes(value));
    // A partial Fisher-Yates shuffle of the rest, seeded.
    for (let index = 0; index < wanted - core.length; index++) {
      const other = index + Math.floor(random() * (rest.length - index));
      [rest[index], rest[other]] = [rest[other], rest[index]];
    }
    return [...core, ...rest.slice(0, wanted - core.length)];
  };
  return { strings: (count) => draw(strings, count), json: (count) => draw(json, count) };
}
