// A small seeded pseudo-random generator (mulberry32): the same sequence on every run, so that what the load and
// fuzz scripts draw is the same each time and a failure reproduces.

/** A function returning numbers in [0, 1), the same sequence for the same `seed`. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
